-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.orders.customer_id | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."orders" alter column "customer_id" set not null;

-- step 2 | alter column public.orders.note | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" alter column "note" set default ''::text;
