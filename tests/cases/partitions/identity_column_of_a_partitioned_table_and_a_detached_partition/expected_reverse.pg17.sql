-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.logs_2025.logs_2025_bound_a3df5a | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."logs_2025" add constraint "logs_2025_bound_a3df5a" check (((day IS NOT NULL) AND (day >= '2025-01-01'::date) AND (day < '2026-01-01'::date))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.logs_2025.logs_2025_bound_a3df5a | hazards: LONG_VALIDATION
alter table "public"."logs_2025" validate constraint "logs_2025_bound_a3df5a";

-- segment 3 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter table public.logs_2025 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.logs attach partition "public"."logs_2025" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- step 4 | drop constraint public.logs_2025.logs_2025_bound_a3df5a | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."logs_2025" drop constraint "logs_2025_bound_a3df5a";
