-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.measurements.measurements_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements" drop constraint "measurements_value_check";
