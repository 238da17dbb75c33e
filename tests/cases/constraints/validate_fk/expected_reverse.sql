-- step 1 | drop constraint public.orders.orders_customer_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" drop constraint "orders_customer_id_fkey";

-- step 2 | create constraint public.orders.orders_customer_id_fkey | hazards: -
alter table "public"."orders" add constraint "orders_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES customers(id) NOT VALID;
