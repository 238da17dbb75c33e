-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.measurements.measurements_sensor_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements" drop constraint "measurements_sensor_id_fkey";
