-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.t.m | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."t" drop column "m";

-- step 2 | drop type public.mood | hazards: DATA_LOSS
drop type "public"."mood";
