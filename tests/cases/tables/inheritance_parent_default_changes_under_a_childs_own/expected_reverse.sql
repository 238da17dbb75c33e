-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.events.kind | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "kind" set default 'generic'::text;

-- step 2 | alter column public.events.note | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "note" drop not null;

-- step 3 | alter column public.click_events.kind | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" alter column "kind" set default 'click'::text;
