-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter constraint public.logs_2025.logs_day_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.logs_2025 rename constraint "logs_2025_day_not_null" to "logs_day_not_null";

-- step 2 | alter constraint public.logs_2025.logs_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.logs_2025 rename constraint "logs_2025_id_not_null" to "logs_id_not_null";

-- step 3 | alter table public.logs_2025 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.logs attach partition "public"."logs_2025" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
