-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.measurements_2025 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements detach partition "public"."measurements_2025";

-- step 2 | drop constraint public.measurements_2025.measurements_sensor_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" drop constraint "measurements_sensor_id_fkey";

-- step 3 | drop constraint public.measurements_2025.measurements_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" drop constraint "measurements_value_check";

-- step 4 | drop constraint public.measurements_2025.measurements_2025_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" drop constraint "measurements_2025_pkey";

-- step 5 | drop index public.measurements_2025_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."measurements_2025_pkey";

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 6 | drop index public.measurements_2025_value_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."measurements_2025_value_idx";
