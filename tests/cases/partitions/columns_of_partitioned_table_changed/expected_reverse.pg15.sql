-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.readings.quality | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop column "quality";

-- step 2 | create column public.readings.legacy_code | hazards: -
alter table "public"."readings" add column "legacy_code" text;

-- step 3 | alter column public.readings.unit | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" alter column "unit" drop default;

-- step 4 | alter column public.readings.value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" alter column "value" drop not null;
