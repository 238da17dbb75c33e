-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.people.people_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."people" drop constraint "people_pkey";

-- step 2 | drop index public.people_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."people_pkey";

-- step 3 | drop table public.people | hazards: DATA_LOSS
drop table "public"."people";

-- step 4 | drop type public.person | hazards: DATA_LOSS
drop type public.person;
