-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.subscribers.subscribers_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."subscribers" drop constraint "subscribers_pkey";

-- step 2 | drop index public.subscribers_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."subscribers_pkey";

-- step 3 | drop table public.subscribers | hazards: DATA_LOSS
drop table "public"."subscribers";

-- step 4 | drop type public.email | hazards: DATA_LOSS
drop domain public.email;
