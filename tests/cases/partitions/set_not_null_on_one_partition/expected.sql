-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements_2025.measurements_2025_value_not_null_f67faa | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" add constraint "measurements_2025_value_not_null_f67faa" check ("value" is not null) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.measurements_2025.measurements_2025_value_not_null_f67faa | hazards: LONG_VALIDATION
alter table "public"."measurements_2025" validate constraint "measurements_2025_value_not_null_f67faa";

-- segment 3 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter column public.measurements_2025.value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" alter column "value" set not null;

-- step 4 | drop constraint public.measurements_2025.measurements_2025_value_not_null_f67faa | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" drop constraint "measurements_2025_value_not_null_f67faa";
