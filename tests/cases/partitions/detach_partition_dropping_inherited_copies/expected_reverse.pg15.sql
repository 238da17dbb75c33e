-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements_2025.measurements_value_check | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."measurements_2025" add constraint "measurements_value_check" CHECK ((value >= (0)::double precision));

-- step 2 | alter table public.measurements_2025 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements attach partition "public"."measurements_2025" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
