-- step 1 | alter table public.counters | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."counters" reset (fillfactor, autovacuum_vacuum_scale_factor);
