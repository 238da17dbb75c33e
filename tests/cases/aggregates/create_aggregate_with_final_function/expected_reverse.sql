-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop aggregate public.norm(integer) | hazards: -
drop aggregate public.norm(integer);

-- step 2 | drop function public.sum_sq_final | hazards: -
drop function if exists "public"."sum_sq_final"(acc bigint);

-- step 3 | drop function public.sum_sq_step | hazards: -
drop function if exists "public"."sum_sq_step"(acc bigint, x integer);
