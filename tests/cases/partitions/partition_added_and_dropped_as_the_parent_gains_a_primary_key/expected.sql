-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.events_payload_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."events_payload_idx";

-- step 2 | drop table public.events_2025 | hazards: DATA_LOSS
drop table "public"."events_2025";

-- step 3 | create table public.events_2027 | hazards: -
create table "public"."events_2027" partition of "public"."events" FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');

-- step 4 | create constraint public.events.events_pkey | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."events" add constraint "events_pkey" PRIMARY KEY (id, happened_on);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 5 | create index public.events_2026_payload_idx | hazards: -
CREATE INDEX CONCURRENTLY events_2026_payload_idx ON public.events_2026 USING gin (payload jsonb_path_ops);

-- segment 3 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 6 | create index public.events_payload_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX events_payload_idx ON public.events USING gin (payload jsonb_path_ops);
