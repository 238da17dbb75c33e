-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements_2025.measurements_2025_bound_e1b16e | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" add constraint "measurements_2025_bound_e1b16e" check (((taken_at IS NOT NULL) AND (taken_at >= '2025-01-01'::date) AND (taken_at < '2026-01-01'::date))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.measurements_2025.measurements_2025_bound_e1b16e | hazards: LONG_VALIDATION
alter table "public"."measurements_2025" validate constraint "measurements_2025_bound_e1b16e";

-- segment 3 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter table public.measurements_2025 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements attach partition "public"."measurements_2025" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- step 4 | drop constraint public.measurements_2025.measurements_2025_bound_e1b16e | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" drop constraint "measurements_2025_bound_e1b16e";
