-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.readings.unit | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop column "unit";
