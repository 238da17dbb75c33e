-- segment 1 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 1 | alter constraint public.orders.orders_customer_id_fkey | hazards: LONG_VALIDATION
alter table "public"."orders" validate constraint "orders_customer_id_fkey";
