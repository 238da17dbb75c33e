-- step 1 | alter rls public.notes | hazards: -
alter table public.notes force row level security;
