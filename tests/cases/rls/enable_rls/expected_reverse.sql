-- step 1 | alter rls public.notes | hazards: SECURITY
alter table "public"."notes" disable row level security;
