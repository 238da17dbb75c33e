-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter rls public.measurements | hazards: ACCESS_WIDENED
alter table public.measurements disable row level security;
