-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.answer | hazards: -
drop function if exists "public"."answer"();

-- step 2 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 3 | create function public.answer | hazards: -
CREATE OR REPLACE FUNCTION public.answer()
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select 42::bigint $function$;
