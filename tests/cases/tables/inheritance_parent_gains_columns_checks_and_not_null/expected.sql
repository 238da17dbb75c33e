-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.events.source | hazards: -
alter table "public"."events" add column "source" text not null default 'web'::text;

-- step 2 | alter column public.events.note | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "note" set default ''::text;

-- step 3 | create constraint public.events.events_note_not_null_9bdabc | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" add constraint "events_note_not_null_9bdabc" check ("note" is not null) not valid;

-- step 4 | create constraint public.events.events_id_positive | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" add constraint "events_id_positive" CHECK ((id > 0)) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 5 | alter constraint public.events.events_note_not_null_9bdabc | hazards: LONG_VALIDATION
alter table "public"."events" validate constraint "events_note_not_null_9bdabc";

-- segment 3 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 6 | alter constraint public.events.events_id_positive | hazards: LONG_VALIDATION
alter table "public"."events" validate constraint "events_id_positive";

-- segment 4 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 7 | alter column public.events.note | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "note" set not null;

-- step 8 | drop constraint public.events.events_note_not_null_9bdabc | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop constraint "events_note_not_null_9bdabc";
