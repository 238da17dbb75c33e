-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.eu_legacy | hazards: -
drop view if exists "public"."eu_legacy";

-- step 2 | create column public.events.legacy | hazards: -
alter table "public"."events" add column "legacy" text;

-- step 3 | create view public.eu_legacy | hazards: -
create or replace view "public"."eu_legacy" as  SELECT id,
    legacy
   FROM events_eu;
