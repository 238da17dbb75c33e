-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.readings_b | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION, INDEX_BUILD
alter table public.readings attach partition "public"."readings_b" FOR VALUES IN ('b');
