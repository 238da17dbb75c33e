-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.tickets.tickets_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" drop constraint "tickets_pkey";

-- step 2 | drop index public.tickets_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."tickets_pkey";

-- step 3 | drop table public.tickets | hazards: DATA_LOSS
drop table "public"."tickets";
