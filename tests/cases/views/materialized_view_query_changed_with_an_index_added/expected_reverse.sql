-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.big_orders_customer | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."big_orders_customer";

-- step 2 | drop view public.big_orders | hazards: -
drop materialized view if exists "public"."big_orders";

-- step 3 | create view public.big_orders | hazards: -
create materialized view "public"."big_orders" as  SELECT id,
    customer,
    total
   FROM orders
  WHERE (total > (1000)::numeric);

-- step 4 | create index public.big_orders_id | hazards: SHARE_LOCK, INDEX_BUILD
CREATE UNIQUE INDEX big_orders_id ON public.big_orders USING btree (id);
