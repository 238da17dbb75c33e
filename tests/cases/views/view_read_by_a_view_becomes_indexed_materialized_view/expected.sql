-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.big_orders | hazards: -
drop view if exists "public"."big_orders";

-- step 2 | drop view public.order_totals | hazards: -
drop view if exists "public"."order_totals";

-- step 3 | create view public.order_totals | hazards: -
create materialized view "public"."order_totals" as  SELECT id,
    total
   FROM orders;

-- step 4 | create view public.big_orders | hazards: -
create or replace view "public"."big_orders" as  SELECT id
   FROM order_totals
  WHERE (total > (100)::numeric);

-- step 5 | create index public.order_totals_id | hazards: SHARE_LOCK, INDEX_BUILD
CREATE UNIQUE INDEX order_totals_id ON public.order_totals USING btree (id);
