-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements.measurements_value_not_null_002cf5 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements" add constraint "measurements_value_not_null_002cf5" check ("value" is not null) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.measurements.measurements_value_not_null_002cf5 | hazards: LONG_VALIDATION
alter table "public"."measurements" validate constraint "measurements_value_not_null_002cf5";

-- segment 3 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter column public.measurements.value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements" alter column "value" set not null;

-- step 4 | drop constraint public.measurements.measurements_value_not_null_002cf5 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements" drop constraint "measurements_value_not_null_002cf5";
