-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.is_valid_sku | hazards: -
CREATE OR REPLACE FUNCTION public.is_valid_sku(sku text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ select sku ~ '^[A-Z]{3}-[0-9]{4}$' $function$;

-- step 3 | create table public.products | hazards: -
create table "public"."products" (
    "id" integer not null,
    "sku" text not null
);

-- step 4 | create index public.products_pkey | hazards: -
CREATE UNIQUE INDEX products_pkey ON public.products USING btree (id);

-- step 5 | create constraint public.products.products_pkey | hazards: -
alter table "public"."products" add constraint "products_pkey" PRIMARY KEY using index "products_pkey";

-- step 6 | create constraint public.products.products_sku_check | hazards: -
alter table "public"."products" add constraint "products_sku_check" CHECK (is_valid_sku(sku)) not valid;

-- step 7 | alter constraint public.products.products_sku_check | hazards: -
alter table "public"."products" validate constraint "products_sku_check";
