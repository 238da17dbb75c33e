-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.g_new | hazards: -
CREATE OR REPLACE FUNCTION public.g_new()
 RETURNS integer
 LANGUAGE sql
AS $function$ select 4 $function$;

-- step 3 | drop function public.b_label | hazards: -
drop function if exists "public"."b_label"(n integer);

-- step 4 | drop function public.e_log | hazards: -
drop procedure if exists "public"."e_log"(IN message text);

-- step 5 | drop function public.a_total | hazards: -
drop function if exists "public"."a_total"(n integer);

-- step 6 | drop function public.h_series | hazards: -
drop function if exists "public"."h_series"(n integer);

-- step 7 | drop function public.f_gone | hazards: -
drop function if exists "public"."f_gone"();

-- step 8 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 9 | create function public.b_label | hazards: -
CREATE OR REPLACE FUNCTION public.b_label(value integer)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select 'n=' || value $function$;

-- step 10 | create function public.e_log | hazards: -
CREATE OR REPLACE PROCEDURE public.e_log(IN note text)
 LANGUAGE plpgsql
AS $procedure$ begin raise notice '%', note; end $procedure$;

-- step 11 | create function public.a_total | hazards: -
CREATE OR REPLACE FUNCTION public.a_total(n integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select n::bigint * 2 $function$;

-- step 12 | create function public.c_body | hazards: -
CREATE OR REPLACE FUNCTION public.c_body()
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select 10 $function$;

-- step 13 | create function public.h_series | hazards: -
CREATE OR REPLACE FUNCTION public.h_series(n integer)
 RETURNS SETOF bigint
 LANGUAGE sql
 STABLE
AS $function$ select generate_series(1, n::bigint) $function$;

-- step 14 | create function public.d_cost | hazards: -
CREATE OR REPLACE FUNCTION public.d_cost()
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE COST 20
AS $function$ select 2 $function$;

-- step 15 | drop privilege execute on procedure public.e_log(IN note text) from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on procedure public.e_log(IN note text) from PUBLIC;

-- step 16 | create privilege execute on procedure public.e_log(IN note text) to sdcase_reader | hazards: ACCESS_WIDENED
grant execute on procedure public.e_log(IN note text) to sdcase_reader;

-- step 17 | create privilege execute on function public.a_total(n integer) to sdcase_reader | hazards: ACCESS_WIDENED
grant execute on function public.a_total(n integer) to sdcase_reader;

-- step 18 | create comment function public.b_label(integer) | hazards: -
comment on function public.b_label(integer) is 'labels a number';
