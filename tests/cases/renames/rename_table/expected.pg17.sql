-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename table public.customers to clients | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."customers" rename to "clients";

-- step 2 | rename constraint public.clients.customers_pkey to clients_pkey | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."clients" rename constraint "customers_pkey" to "clients_pkey";
