-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter rls public.notes | hazards: ACCESS_NARROWED
alter table public.notes enable row level security;
