-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop default_privilege for current_user on functions to PUBLIC | hazards: ACCESS_NARROWED
alter default privileges revoke execute on functions from PUBLIC;

-- step 2 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 3 | create function public.secret | hazards: -
CREATE OR REPLACE FUNCTION public.secret()
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select 7 $function$;
