-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.items.items_net_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."items" drop constraint "items_net_check";

-- step 2 | drop function public.price_with_tax | hazards: -
drop function if exists "public"."price_with_tax"(net numeric, rate numeric);

-- step 3 | drop function public.is_sane_price | hazards: -
drop function if exists "public"."is_sane_price"(net numeric);

-- step 4 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 5 | create function public.price_with_tax | hazards: -
CREATE OR REPLACE FUNCTION public.price_with_tax(net numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ select round(net * 1.2, 2) $function$;
