-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.events.events_id_positive | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop constraint "events_id_positive";

-- step 2 | drop column public.events.source | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop column "source";

-- step 3 | alter column public.events.note | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "note" drop default;

-- step 4 | alter column public.events.note | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "note" drop not null;
