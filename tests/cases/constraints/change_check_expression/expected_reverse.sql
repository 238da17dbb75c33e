-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.products.products_price_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."products" drop constraint "products_price_check";

-- step 2 | create constraint public.products.products_price_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."products" add constraint "products_price_check" CHECK ((price >= (0)::numeric)) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 3 | alter constraint public.products.products_price_check | hazards: LONG_VALIDATION
alter table "public"."products" validate constraint "products_price_check";
