-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.order_lines | hazards: -
create or replace view "public"."order_lines" as  SELECT orders.id,
    orders.customer,
    orders.total,
    orders.note
   FROM orders;
