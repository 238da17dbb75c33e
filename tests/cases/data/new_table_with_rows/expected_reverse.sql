-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.plans.plans_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" drop constraint "plans_pkey";

-- step 2 | drop index public.plans_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."plans_pkey";

-- step 3 | drop table public.plans | hazards: DATA_LOSS
drop table "public"."plans";
