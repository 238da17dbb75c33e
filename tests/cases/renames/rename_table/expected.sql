-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter constraint public.customers.clients_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.customers rename constraint "customers_id_not_null" to "clients_id_not_null";

-- step 2 | alter constraint public.customers.clients_name_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.customers rename constraint "customers_name_not_null" to "clients_name_not_null";

-- step 3 | rename table public.customers to clients | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."customers" rename to "clients";

-- step 4 | rename constraint public.clients.customers_pkey to clients_pkey | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."clients" rename constraint "customers_pkey" to "clients_pkey";
