-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter constraint public.clients.customers_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.clients rename constraint "clients_id_not_null" to "customers_id_not_null";

-- step 2 | alter constraint public.clients.customers_name_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.clients rename constraint "clients_name_not_null" to "customers_name_not_null";

-- step 3 | rename table public.clients to customers | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."clients" rename to "customers";

-- step 4 | rename constraint public.customers.clients_pkey to customers_pkey | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."customers" rename constraint "clients_pkey" to "customers_pkey";
