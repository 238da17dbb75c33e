-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.sum_sq_final | hazards: -
CREATE OR REPLACE FUNCTION public.sum_sq_final(acc bigint)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ select round(sqrt(acc::numeric), 6) $function$;

-- step 3 | create function public.sum_sq_step | hazards: -
CREATE OR REPLACE FUNCTION public.sum_sq_step(acc bigint, x integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ select acc + x * x $function$;

-- step 4 | create aggregate public.norm(integer) | hazards: -
create aggregate public.norm(integer) (sfunc = public.sum_sq_step, stype = bigint, finalfunc = public.sum_sq_final, initcond = '0');
