-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.events.events_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop constraint "events_pkey";

-- step 2 | drop index public.events_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."events_pkey";

-- step 3 | drop index public.events_payload_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."events_payload_idx";

-- step 4 | drop table public.events_2027 | hazards: DATA_LOSS
drop table "public"."events_2027";

-- step 5 | create table public.events_2025 | hazards: -
create table "public"."events_2025" partition of "public"."events" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 6 | create index public.events_2026_payload_idx | hazards: -
CREATE INDEX CONCURRENTLY events_2026_payload_idx ON public.events_2026 USING gin (payload);

-- segment 3 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 7 | create index public.events_payload_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX events_payload_idx ON public.events USING gin (payload);
