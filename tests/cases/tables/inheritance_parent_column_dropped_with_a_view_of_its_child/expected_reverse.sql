-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.legacy_clicks | hazards: -
drop view if exists "public"."legacy_clicks";

-- step 2 | create column public.events.legacy | hazards: -
alter table "public"."events" add column "legacy" text;

-- step 3 | create view public.legacy_clicks | hazards: -
create or replace view "public"."legacy_clicks" as  SELECT id,
    legacy,
    url
   FROM click_events;
