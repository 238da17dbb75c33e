-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.logs_2025 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.logs detach partition "public"."logs_2025";

-- step 2 | alter constraint public.logs_2025.logs_2025_day_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.logs_2025 rename constraint "logs_day_not_null" to "logs_2025_day_not_null";

-- step 3 | alter constraint public.logs_2025.logs_2025_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.logs_2025 rename constraint "logs_id_not_null" to "logs_2025_id_not_null";
