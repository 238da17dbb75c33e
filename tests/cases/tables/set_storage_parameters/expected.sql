-- step 1 | alter table public.counters | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."counters" set (fillfactor=70, autovacuum_vacuum_scale_factor=0.05);
