-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter rls public.measurements_2025 | hazards: ACCESS_NARROWED
alter table public.measurements_2025 enable row level security;
