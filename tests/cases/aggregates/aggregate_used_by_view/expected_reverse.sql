-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.points_norm | hazards: DATA_LOSS
drop view if exists "public"."points_norm";

-- step 2 | drop aggregate public.norm(integer) | hazards: -
drop aggregate public.norm(integer);
