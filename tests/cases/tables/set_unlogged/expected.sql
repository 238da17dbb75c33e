-- step 1 | alter table public.cache_entries | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."cache_entries" set unlogged;
