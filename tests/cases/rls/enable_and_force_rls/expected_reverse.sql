-- step 1 | alter rls public.notes | hazards: SECURITY
alter table "public"."notes" disable row level security;

-- step 2 | alter rls public.notes | hazards: SECURITY
alter table public.notes no force row level security;
