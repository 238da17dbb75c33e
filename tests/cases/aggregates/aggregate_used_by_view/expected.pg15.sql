-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create aggregate public.norm(integer) | hazards: -
create aggregate public.norm(integer) (sfunc = public.sum_sq_step, stype = bigint, finalfunc = public.sum_sq_final, initcond = '0');

-- step 2 | create view public.points_norm | hazards: -
create or replace view "public"."points_norm" as  SELECT norm(points.x) AS norm
   FROM points;
