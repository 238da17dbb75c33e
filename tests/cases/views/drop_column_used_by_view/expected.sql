-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.flags | hazards: DATA_LOSS
drop view if exists "public"."flags";

-- step 2 | drop column public.employees.legacy_flag | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."employees" drop column "legacy_flag";
