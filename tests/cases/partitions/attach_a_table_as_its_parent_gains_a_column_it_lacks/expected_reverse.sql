-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.events_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.events detach partition "public"."events_2026";

-- step 2 | drop column public.events_2026.source | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_2026" drop column "source";

-- step 3 | drop column public.events.source | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop column "source";

-- step 4 | create column public.events_2026.legacy_flag | hazards: -
alter table "public"."events_2026" add column "legacy_flag" boolean;
