-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.events.events_note_not_null_9bdabc | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" add constraint "events_note_not_null_9bdabc" check ("note" is not null) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.events.events_note_not_null_9bdabc | hazards: LONG_VALIDATION
alter table "public"."events" validate constraint "events_note_not_null_9bdabc";

-- segment 3 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter column public.events.note | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "note" set not null;

-- step 4 | drop constraint public.events.events_note_not_null_9bdabc | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop constraint "events_note_not_null_9bdabc";
