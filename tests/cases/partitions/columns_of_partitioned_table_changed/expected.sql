-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.readings.legacy_code | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop column "legacy_code";

-- step 2 | create column public.readings.quality | hazards: -
alter table "public"."readings" add column "quality" smallint not null default 100;

-- step 3 | alter column public.readings.unit | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" alter column "unit" set default 'celsius'::text;

-- step 4 | alter column public.readings.value | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."readings" alter column "value" set not null;
