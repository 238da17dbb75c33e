-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.products.products_price_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."products" drop constraint "products_price_check";
