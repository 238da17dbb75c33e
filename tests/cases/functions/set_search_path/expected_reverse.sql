-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create function public.greet | hazards: -
CREATE OR REPLACE FUNCTION public.greet(who text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select 'hello ' || who $function$;
