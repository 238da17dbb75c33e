-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.readings_b | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings detach partition "public"."readings_b";

-- step 2 | alter column public.readings_b.site | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings_b" alter column "site" drop not null;
