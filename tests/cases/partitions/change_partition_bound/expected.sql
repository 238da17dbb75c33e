-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements_2024.measurements_2024_bound_3b0093 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2024" add constraint "measurements_2024_bound_3b0093" check (((taken_at IS NOT NULL) AND (taken_at >= '2024-01-01'::date) AND (taken_at < '2024-07-01'::date))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.measurements_2024.measurements_2024_bound_3b0093 | hazards: LONG_VALIDATION
alter table "public"."measurements_2024" validate constraint "measurements_2024_bound_3b0093";

-- segment 3 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter table public.measurements_2024 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements detach partition "public"."measurements_2024";

-- step 4 | alter table public.measurements_2024 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements attach partition "public"."measurements_2024" FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');

-- step 5 | drop constraint public.measurements_2024.measurements_2024_bound_3b0093 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2024" drop constraint "measurements_2024_bound_3b0093";
