-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.measurements.measurements_id_taken_at_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements" drop constraint "measurements_id_taken_at_key";

-- step 2 | drop index public.measurements_id_taken_at_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."measurements_id_taken_at_key";
