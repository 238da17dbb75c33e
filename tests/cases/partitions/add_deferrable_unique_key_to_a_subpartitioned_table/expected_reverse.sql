-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.readings.readings_site_taken_at_sensor_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop constraint "readings_site_taken_at_sensor_id_key";

-- step 2 | drop index public.readings_site_taken_at_sensor_id_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."readings_site_taken_at_sensor_id_key";
