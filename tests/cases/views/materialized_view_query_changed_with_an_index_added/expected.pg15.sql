-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.big_orders | hazards: -
drop materialized view if exists "public"."big_orders";

-- step 2 | create view public.big_orders | hazards: -
create materialized view "public"."big_orders" as  SELECT orders.id,
    orders.customer,
    orders.total
   FROM orders
  WHERE (orders.total > (5000)::numeric);

-- step 3 | create index public.big_orders_customer | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX big_orders_customer ON public.big_orders USING btree (customer);

-- step 4 | create index public.big_orders_id | hazards: SHARE_LOCK, INDEX_BUILD
CREATE UNIQUE INDEX big_orders_id ON public.big_orders USING btree (id);
