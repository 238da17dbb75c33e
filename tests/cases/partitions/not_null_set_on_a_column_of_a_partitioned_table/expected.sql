-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.orders.orders_customer_id_not_null_aceeb0 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" add constraint "orders_customer_id_not_null_aceeb0" check ("customer_id" is not null) not valid;

-- step 2 | alter column public.orders.note | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" alter column "note" set default ''::text;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 3 | alter constraint public.orders.orders_customer_id_not_null_aceeb0 | hazards: LONG_VALIDATION
alter table "public"."orders" validate constraint "orders_customer_id_not_null_aceeb0";

-- segment 3 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 4 | alter column public.orders.customer_id | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" alter column "customer_id" set not null;

-- step 5 | drop constraint public.orders.orders_customer_id_not_null_aceeb0 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" drop constraint "orders_customer_id_not_null_aceeb0";
