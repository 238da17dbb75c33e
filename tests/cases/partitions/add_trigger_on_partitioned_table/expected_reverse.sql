-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.measurements.measurements_touch | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "measurements_touch" on "public"."measurements";
