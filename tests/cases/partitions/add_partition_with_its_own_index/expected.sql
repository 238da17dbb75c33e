-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.events_2026 | hazards: -
create table "public"."events_2026" partition of "public"."events" FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

-- step 2 | create index public.events_2026_payload_idx | hazards: -
CREATE INDEX events_2026_payload_idx ON public.events_2026 USING gin (payload);

-- step 3 | create constraint public.events_2026.events_2026_kind_check | hazards: -
alter table "public"."events_2026" add constraint "events_2026_kind_check" CHECK ((kind <> ''::text)) not valid;

-- step 4 | alter constraint public.events_2026.events_2026_kind_check | hazards: -
alter table "public"."events_2026" validate constraint "events_2026_kind_check";
