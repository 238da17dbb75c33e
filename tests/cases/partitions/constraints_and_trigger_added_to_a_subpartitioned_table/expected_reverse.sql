-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.readings.readings_touch | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "readings_touch" on "public"."readings";

-- step 2 | drop policy public.readings.readings_by_site | hazards: ACCESS_NARROWED
drop policy "readings_by_site" on "public"."readings";

-- step 3 | drop constraint public.readings.readings_site_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop constraint "readings_site_fkey";

-- step 4 | drop constraint public.readings.readings_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop constraint "readings_value_check";

-- step 5 | alter rls public.readings | hazards: ACCESS_WIDENED
alter table public.readings disable row level security;
