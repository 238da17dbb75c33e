-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.events_2026.events_2026_bound_34f54a | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_2026" add constraint "events_2026_bound_34f54a" check (((happened_on IS NOT NULL) AND (happened_on >= '2026-01-01'::date) AND (happened_on < '2027-01-01'::date))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.events_2026.events_2026_bound_34f54a | hazards: LONG_VALIDATION
alter table "public"."events_2026" validate constraint "events_2026_bound_34f54a";

-- segment 3 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 3 | create column public.events.source | hazards: -
alter table "public"."events" add column "source" text default 'web'::text;

-- step 4 | drop column public.events_2026.legacy_flag | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_2026" drop column "legacy_flag";

-- step 5 | create column public.events_2026.source | hazards: -
alter table "public"."events_2026" add column "source" text default 'web'::text;

-- step 6 | alter table public.events_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.events attach partition "public"."events_2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 7 | drop constraint public.events_2026.events_2026_bound_34f54a | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_2026" drop constraint "events_2026_bound_34f54a";
