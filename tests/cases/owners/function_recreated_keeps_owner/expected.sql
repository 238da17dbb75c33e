-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.label | hazards: -
drop function if exists "public"."label"(n integer);

-- step 2 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 3 | create function public.label | hazards: -
CREATE OR REPLACE FUNCTION public.label(n integer)
 RETURNS character varying
 LANGUAGE sql
 IMMUTABLE
RETURN (n)::text;

-- step 4 | alter owner function public.label(integer) | hazards: ACCESS_WIDENED
alter function "public"."label"(n integer) owner to "sdcase_owner_a";
