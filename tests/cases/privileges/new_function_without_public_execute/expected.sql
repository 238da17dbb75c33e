-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.secret | hazards: -
CREATE OR REPLACE FUNCTION public.secret()
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ select 'x' $function$;

-- step 3 | drop privilege execute on function public.secret() from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.secret() from PUBLIC;

-- step 4 | create privilege execute on function public.secret() to sdcase_reader | hazards: ACCESS_WIDENED
grant execute on function public.secret() to sdcase_reader;
