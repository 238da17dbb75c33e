-- step 1 | alter rls public.notes | hazards: -
alter table "public"."notes" enable row level security;

-- step 2 | alter rls public.notes | hazards: -
alter table public.notes force row level security;
