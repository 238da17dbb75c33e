-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.greet | hazards: -
CREATE OR REPLACE FUNCTION public.greet(who text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select 'hello ' || who $function$;
