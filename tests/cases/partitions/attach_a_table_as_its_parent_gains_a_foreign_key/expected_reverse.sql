-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.readings_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings detach partition "public"."readings_2026";

-- step 2 | drop constraint public.readings_2026.readings_site_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" drop constraint "readings_site_id_fkey";

-- step 3 | drop constraint public.readings.readings_site_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" drop constraint "readings_site_id_fkey";
