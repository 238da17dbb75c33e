-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.measurements.measurements_touch | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "measurements_touch" on "public"."measurements";

-- step 2 | drop constraint public.measurements.measurements_sensor_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements" drop constraint "measurements_sensor_id_fkey";

-- step 3 | drop constraint public.measurements.measurements_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements" drop constraint "measurements_value_check";

-- step 4 | drop constraint public.measurements.measurements_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements" drop constraint "measurements_pkey";

-- step 5 | drop index public.measurements_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."measurements_pkey";

-- step 6 | drop index public.measurements_value_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."measurements_value_idx";

-- step 7 | drop table public.measurements | hazards: DATA_LOSS
drop table "public"."measurements";
