-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.products.products_sku_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."products" drop constraint "products_sku_check";

-- step 2 | drop constraint public.products.products_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."products" drop constraint "products_pkey";

-- step 3 | drop index public.products_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."products_pkey";

-- step 4 | drop table public.products | hazards: DATA_LOSS
drop table "public"."products";

-- step 5 | drop function public.is_valid_sku | hazards: -
drop function if exists "public"."is_valid_sku"(sku text);
