-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.items_named | hazards: -
CREATE OR REPLACE FUNCTION public.items_named(prefix text)
 RETURNS SETOF items
 LANGUAGE sql
 STABLE
AS $function$ select * from public.items where name like prefix || '%' $function$;
