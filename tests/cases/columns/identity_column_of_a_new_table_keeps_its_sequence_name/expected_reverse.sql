-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.t.t_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."t" drop constraint "t_pkey";

-- step 2 | drop index public.t_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."t_pkey";

-- step 3 | drop table public.t | hazards: DATA_LOSS
drop table "public"."t";
