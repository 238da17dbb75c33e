-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.readings.unit | hazards: -
alter table "public"."readings" add column "unit" text not null default 'kWh'::text;

-- step 2 | alter column public.readings_b.unit | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b" alter column "unit" set default 'MWh'::text;

-- step 3 | create constraint public.readings_b_2027.readings_b_2027_value_not_null_88a6eb | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b_2027" add constraint "readings_b_2027_value_not_null_88a6eb" check ("value" is not null) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 4 | alter constraint public.readings_b_2027.readings_b_2027_value_not_null_88a6eb | hazards: LONG_VALIDATION
alter table "public"."readings_b_2027" validate constraint "readings_b_2027_value_not_null_88a6eb";

-- segment 3 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 5 | alter column public.readings_b_2027.value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b_2027" alter column "value" set not null;

-- step 6 | drop constraint public.readings_b_2027.readings_b_2027_value_not_null_88a6eb | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b_2027" drop constraint "readings_b_2027_value_not_null_88a6eb";
