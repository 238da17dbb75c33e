-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.big_order_count | hazards: DATA_LOSS
drop view if exists "public"."big_order_count";

-- step 2 | drop view public.big_orders | hazards: DATA_LOSS
drop view if exists "public"."big_orders";

-- step 3 | drop constraint public.orders.orders_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" drop constraint "orders_pkey";

-- step 4 | drop index public.orders_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."orders_pkey";

-- step 5 | drop table public.orders | hazards: DATA_LOSS
drop table "public"."orders";

-- step 6 | drop function public.big_order_ids | hazards: -
drop function if exists "public"."big_order_ids"();
