-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.describe | hazards: -
drop function if exists "public"."describe"(feeling mood);

-- step 2 | drop function public.answer | hazards: -
drop function if exists "public"."answer"();

-- step 3 | drop function public.rate | hazards: -
drop function if exists "public"."rate"(feeling mood);

-- step 4 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 5 | create function public.describe | hazards: -
CREATE OR REPLACE FUNCTION public.describe(how mood)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select 'feeling ' || how::text $function$;

-- step 6 | create function public.answer | hazards: -
CREATE OR REPLACE FUNCTION public.answer()
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select 42::bigint $function$;

-- step 7 | create function public.rate | hazards: -
CREATE OR REPLACE FUNCTION public.rate(feeling mood)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select case when feeling = 'ok' then 1::bigint else 0::bigint end $function$;

-- step 8 | drop privilege execute on function public.describe(how mood) from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.describe(how mood) from PUBLIC;

-- step 9 | create privilege execute on function public.describe(how mood) to sdcase_reader | hazards: ACCESS_WIDENED
grant execute on function public.describe(how mood) to sdcase_reader;

-- step 10 | drop privilege execute on function public.answer() from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.answer() from PUBLIC;

-- step 11 | create privilege execute on function public.answer() to sdcase_reader | hazards: ACCESS_WIDENED
grant execute on function public.answer() to sdcase_reader;

-- step 12 | drop privilege execute on function public.rate(feeling mood) from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.rate(feeling mood) from PUBLIC;

-- step 13 | create privilege execute on function public.rate(feeling mood) to sdcase_reader | hazards: ACCESS_WIDENED
grant execute on function public.rate(feeling mood) to sdcase_reader;

-- step 14 | create comment function public.answer() | hazards: -
comment on function public.answer() is 'the answer';

-- step 15 | create comment function public.describe(public.mood) | hazards: -
comment on function public.describe(public.mood) is 'says how it feels';

-- step 16 | create comment function public.rate(public.mood) | hazards: -
comment on function public.rate(public.mood) is 'one for ok';
