-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.legacy_clicks | hazards: -
drop view if exists "public"."legacy_clicks";

-- step 2 | drop column public.events.legacy | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop column "legacy";

-- step 3 | create view public.legacy_clicks | hazards: -
create or replace view "public"."legacy_clicks" as  SELECT click_events.id,
    click_events.url
   FROM click_events;
