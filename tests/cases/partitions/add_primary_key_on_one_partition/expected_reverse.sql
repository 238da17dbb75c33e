-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.measurements_2025.measurements_2025_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" drop constraint "measurements_2025_pkey";

-- step 2 | drop index public.measurements_2025_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."measurements_2025_pkey";
