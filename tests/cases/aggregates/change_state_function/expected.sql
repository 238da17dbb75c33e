-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.sum_abs_step | hazards: -
CREATE OR REPLACE FUNCTION public.sum_abs_step(acc bigint, x integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ select acc + abs(x) $function$;

-- step 3 | drop aggregate public.norm(integer) | hazards: -
drop aggregate public.norm(integer);

-- step 4 | drop function public.sum_sq_step | hazards: -
drop function if exists "public"."sum_sq_step"(acc bigint, x integer);

-- step 5 | create aggregate public.norm(integer) | hazards: -
create aggregate public.norm(integer) (sfunc = public.sum_abs_step, stype = bigint, finalfunc = public.sum_sq_final, initcond = '0');
