-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.counters | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."counters" reset (autovacuum_enabled);

-- step 2 | alter table public.counters | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."counters" set (fillfactor=80, toast_tuple_target=256);
