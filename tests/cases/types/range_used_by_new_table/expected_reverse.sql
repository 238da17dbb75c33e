-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.readings.readings_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop constraint "readings_pkey";

-- step 2 | drop index public.readings_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."readings_pkey";

-- step 3 | drop table public.readings | hazards: DATA_LOSS
drop table "public"."readings";

-- step 4 | drop type public.floatrange | hazards: DATA_LOSS
drop type public.floatrange;
