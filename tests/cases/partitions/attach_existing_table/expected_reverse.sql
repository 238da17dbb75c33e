-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.measurements_2025 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements detach partition "public"."measurements_2025";

-- step 2 | alter constraint public.measurements_2025.measurements_2025_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements_2025 rename constraint "measurements_id_not_null" to "measurements_2025_id_not_null";

-- step 3 | alter constraint public.measurements_2025.measurements_2025_taken_at_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements_2025 rename constraint "measurements_taken_at_not_null" to "measurements_2025_taken_at_not_null";
