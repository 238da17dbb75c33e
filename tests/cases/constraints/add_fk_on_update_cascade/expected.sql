-- step 1 | create constraint public.orders.orders_customer_id_fkey | hazards: -
alter table "public"."orders" add constraint "orders_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES customers(id) ON UPDATE CASCADE not valid;

-- step 2 | alter constraint public.orders.orders_customer_id_fkey | hazards: -
alter table "public"."orders" validate constraint "orders_customer_id_fkey";
