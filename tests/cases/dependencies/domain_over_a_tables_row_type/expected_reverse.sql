-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.segments.segments_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."segments" drop constraint "segments_pkey";

-- step 2 | drop index public.segments_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."segments_pkey";

-- step 3 | drop table public.segments | hazards: DATA_LOSS
drop table "public"."segments";

-- step 4 | drop type public.point_pair | hazards: DATA_LOSS
drop domain public.point_pair;

-- step 5 | drop table public.points | hazards: DATA_LOSS
drop table "public"."points";
