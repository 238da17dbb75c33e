-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.orders.orders_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" drop constraint "orders_pkey";

-- step 2 | drop index public.orders_ordered_on | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."orders_ordered_on";

-- step 3 | drop index public.orders_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."orders_pkey";

-- step 4 | drop table public.orders | hazards: DATA_LOSS
drop table "public"."orders";
