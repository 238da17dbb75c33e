-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.clients.clients_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."clients" drop constraint "clients_pkey";

-- step 2 | drop index public.clients_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."clients_pkey";

-- step 3 | drop table public.clients | hazards: DATA_LOSS
drop table "public"."clients";
