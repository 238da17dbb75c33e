-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.orders.orders_customer_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" drop constraint "orders_customer_id_fkey";

-- step 2 | create constraint public.orders.orders_customer_id_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."orders" add constraint "orders_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES customers(id) ON DELETE CASCADE not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 3 | alter constraint public.orders.orders_customer_id_fkey | hazards: LONG_VALIDATION
alter table "public"."orders" validate constraint "orders_customer_id_fkey";
