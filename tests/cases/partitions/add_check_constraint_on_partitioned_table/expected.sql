-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements.measurements_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements" add constraint "measurements_value_check" CHECK ((value >= (0)::double precision)) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.measurements.measurements_value_check | hazards: LONG_VALIDATION
alter table "public"."measurements" validate constraint "measurements_value_check";
