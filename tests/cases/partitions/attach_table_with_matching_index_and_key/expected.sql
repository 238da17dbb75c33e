-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements_2026.measurements_2026_bound_920835 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2026" add constraint "measurements_2026_bound_920835" check (((taken_at IS NOT NULL) AND (taken_at >= '2026-01-01'::date) AND (taken_at < '2027-01-01'::date))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.measurements_2026.measurements_2026_bound_920835 | hazards: LONG_VALIDATION
alter table "public"."measurements_2026" validate constraint "measurements_2026_bound_920835";

-- segment 3 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter table public.measurements_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements attach partition "public"."measurements_2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 4 | drop constraint public.measurements_2026.measurements_2026_bound_920835 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2026" drop constraint "measurements_2026_bound_920835";
