-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.readings_2026 | hazards: DATA_LOSS
drop table "public"."readings_2026";

-- step 2 | drop column public.readings.batch | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop column "batch";

-- step 3 | alter column public.readings.unit | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" alter column "unit" drop default;

-- step 4 | alter column public.readings.value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" alter column "value" set default 1;

-- step 5 | alter column public.readings_2025.value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2025" alter column "value" set default 2;
