-- step 1 | create constraint public.products.products_price_check | hazards: -
alter table "public"."products" add constraint "products_price_check" CHECK ((price >= (0)::numeric)) not valid;

-- step 2 | alter constraint public.products.products_price_check | hazards: -
alter table "public"."products" validate constraint "products_price_check";
