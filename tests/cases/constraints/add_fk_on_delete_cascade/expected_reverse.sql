-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.orders.orders_customer_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" drop constraint "orders_customer_id_fkey";
