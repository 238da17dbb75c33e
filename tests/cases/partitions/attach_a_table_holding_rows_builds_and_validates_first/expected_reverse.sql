-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.readings_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings detach partition "public"."readings_2026";

-- step 2 | drop constraint public.readings_2026.readings_site_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" drop constraint "readings_site_id_fkey";

-- step 3 | drop constraint public.readings_2026.readings_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" drop constraint "readings_value_check";

-- step 4 | drop constraint public.readings_2026.readings_2026_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" drop constraint "readings_2026_pkey";

-- step 5 | drop index public.readings_2026_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."readings_2026_pkey";

-- step 6 | alter column public.readings_2026.taken_on | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_2026" alter column "taken_on" drop not null;

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 7 | drop index public.readings_2026_site_id_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."readings_2026_site_id_idx";
