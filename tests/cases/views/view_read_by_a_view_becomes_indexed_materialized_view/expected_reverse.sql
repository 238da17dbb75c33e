-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.order_totals_id | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."order_totals_id";

-- step 2 | drop view public.big_orders | hazards: -
drop view if exists "public"."big_orders";

-- step 3 | drop view public.order_totals | hazards: -
drop materialized view if exists "public"."order_totals";

-- step 4 | create view public.order_totals | hazards: -
create or replace view "public"."order_totals" as  SELECT id,
    total
   FROM orders;

-- step 5 | create view public.big_orders | hazards: -
create or replace view "public"."big_orders" as  SELECT id
   FROM order_totals
  WHERE (total > (100)::numeric);
