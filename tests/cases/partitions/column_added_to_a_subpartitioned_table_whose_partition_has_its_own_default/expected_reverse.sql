-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.readings.unit | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop column "unit";

-- step 2 | alter column public.readings_b_2027.value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b_2027" alter column "value" drop not null;
