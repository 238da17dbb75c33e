-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.events.source | hazards: -
alter table "public"."events" add column "source" text default 'web'::text;

-- step 2 | drop column public.events_2026.legacy_flag | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_2026" drop column "legacy_flag";

-- step 3 | create column public.events_2026.source | hazards: -
alter table "public"."events_2026" add column "source" text default 'web'::text;

-- step 4 | alter table public.events_2026 | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table public.events attach partition "public"."events_2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
