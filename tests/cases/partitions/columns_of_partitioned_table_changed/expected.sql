-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.readings.legacy_code | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop column "legacy_code";

-- step 2 | create column public.readings.quality | hazards: -
alter table "public"."readings" add column "quality" smallint not null default 100;

-- step 3 | alter column public.readings.unit | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" alter column "unit" set default 'celsius'::text;

-- step 4 | create constraint public.readings.readings_value_not_null_cd72e4 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" add constraint "readings_value_not_null_cd72e4" check ("value" is not null) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 5 | alter constraint public.readings.readings_value_not_null_cd72e4 | hazards: LONG_VALIDATION
alter table "public"."readings" validate constraint "readings_value_not_null_cd72e4";

-- segment 3 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 6 | alter column public.readings.value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" alter column "value" set not null;

-- step 7 | drop constraint public.readings.readings_value_not_null_cd72e4 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop constraint "readings_value_not_null_cd72e4";
