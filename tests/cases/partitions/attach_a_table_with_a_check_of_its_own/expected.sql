-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.events_2026.happened_on | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."events_2026" alter column "happened_on" set not null;

-- step 2 | alter column public.events_2026.detail | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_2026" alter column "detail" set default 'unknown'::text;

-- step 3 | create constraint public.events_2026.events_2026_detail_check | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."events_2026" add constraint "events_2026_detail_check" CHECK ((detail <> ''::text));

-- step 4 | alter table public.events_2026 | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table public.events attach partition "public"."events_2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
