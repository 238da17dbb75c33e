-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.cache_entries | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."cache_entries" set unlogged;
