-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.click_events.click_events_kind_click | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" drop constraint "click_events_kind_click";

-- step 2 | alter column public.click_events.kind | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" alter column "kind" set default 'generic'::text;
