-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename table public.clients to customers | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."clients" rename to "customers";

-- step 2 | rename constraint public.customers.clients_pkey to customers_pkey | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."customers" rename constraint "clients_pkey" to "customers_pkey";
