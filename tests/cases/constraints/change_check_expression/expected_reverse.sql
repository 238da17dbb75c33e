-- step 1 | drop constraint public.products.products_price_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."products" drop constraint "products_price_check";

-- step 2 | create constraint public.products.products_price_check | hazards: -
alter table "public"."products" add constraint "products_price_check" CHECK ((price >= (0)::numeric)) not valid;

-- step 3 | alter constraint public.products.products_price_check | hazards: -
alter table "public"."products" validate constraint "products_price_check";
