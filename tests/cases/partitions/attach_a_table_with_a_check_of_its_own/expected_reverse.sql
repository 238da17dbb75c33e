-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.events_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.events detach partition "public"."events_2026";

-- step 2 | drop constraint public.events_2026.events_2026_detail_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_2026" drop constraint "events_2026_detail_check";

-- step 3 | alter column public.events_2026.detail | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_2026" alter column "detail" set default 'none'::text;

-- step 4 | alter column public.events_2026.happened_on | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_2026" alter column "happened_on" drop not null;
