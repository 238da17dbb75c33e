-- step 1 | alter constraint public.orders.orders_customer_id_fkey | hazards: -
alter table "public"."orders" validate constraint "orders_customer_id_fkey";
