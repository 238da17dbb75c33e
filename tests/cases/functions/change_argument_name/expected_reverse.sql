-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.greet | hazards: -
drop function if exists "public"."greet"(person text);

-- step 2 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 3 | create function public.greet | hazards: -
CREATE OR REPLACE FUNCTION public.greet(who text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select 'hello ' || who $function$;
