-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.measurements_2025.value | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" alter column "value" drop not null;
