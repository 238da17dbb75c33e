-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.measurements_2024 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements detach partition "public"."measurements_2024";

-- step 2 | alter table public.measurements_2024 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements attach partition "public"."measurements_2024" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
