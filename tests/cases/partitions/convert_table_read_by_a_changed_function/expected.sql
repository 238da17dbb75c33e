-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.event_kinds | hazards: -
drop function if exists "public"."event_kinds"();

-- step 2 | drop table public.events | hazards: DATA_LOSS
drop table "public"."events";

-- step 3 | create table public.events | hazards: -
create table "public"."events" (
    "id" bigint not null,
    "happened_on" date not null,
    "kind" text not null
) partition by RANGE (happened_on);

-- step 4 | create table public.events_2026 | hazards: -
create table "public"."events_2026" partition of "public"."events" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 5 | create function public.event_kinds | hazards: -
CREATE OR REPLACE FUNCTION public.event_kinds()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT count(DISTINCT events.kind) AS count
    FROM events
   WHERE (events.kind <> ''::text);
END;
