-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.event_notes.event_notes_event_id_event_on_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."event_notes" drop constraint "event_notes_event_id_event_on_fkey";

-- step 2 | drop function public.event_count | hazards: -
drop function if exists "public"."event_count"();

-- step 3 | drop table public.events | hazards: DATA_LOSS
drop table "public"."events";

-- step 4 | create table public.events | hazards: -
create table "public"."events" (
    "id" bigint not null,
    "happened_on" date not null,
    "kind" text not null
) partition by RANGE (happened_on);

-- step 5 | create table public.events_2026 | hazards: -
create table "public"."events_2026" partition of "public"."events" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 6 | create constraint public.events.events_pkey | hazards: -
alter table "public"."events" add constraint "events_pkey" PRIMARY KEY (id, happened_on);

-- step 7 | create constraint public.event_notes.event_notes_event_id_event_on_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."event_notes" add constraint "event_notes_event_id_event_on_fkey" FOREIGN KEY (event_id, event_on) REFERENCES public.events(id, happened_on) ON DELETE CASCADE;

-- step 8 | create function public.event_count | hazards: -
CREATE OR REPLACE FUNCTION public.event_count()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM events;
END;
