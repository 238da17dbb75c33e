-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.cache_entries.cache_entries_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."cache_entries" drop constraint "cache_entries_pkey";

-- step 2 | drop index public.cache_entries_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."cache_entries_pkey";

-- step 3 | drop table public.cache_entries | hazards: DATA_LOSS
drop table "public"."cache_entries";
