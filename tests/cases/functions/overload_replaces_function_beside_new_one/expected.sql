-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.is_sane_price | hazards: -
CREATE OR REPLACE FUNCTION public.is_sane_price(net numeric)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ select net >= 0 and net < 1000000 $function$;

-- step 3 | drop function public.price_with_tax | hazards: -
drop function if exists "public"."price_with_tax"(net numeric);

-- step 4 | create constraint public.items.items_net_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."items" add constraint "items_net_check" CHECK (is_sane_price(net)) not valid;

-- step 5 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 6 | create function public.price_with_tax | hazards: -
CREATE OR REPLACE FUNCTION public.price_with_tax(net numeric, rate numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ select round(net * (1 + rate), 2) $function$;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 7 | alter constraint public.items.items_net_check | hazards: LONG_VALIDATION
alter table "public"."items" validate constraint "items_net_check";
