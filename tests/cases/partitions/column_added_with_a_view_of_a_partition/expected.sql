-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.events.score | hazards: -
alter table "public"."events" add column "score" integer;

-- step 2 | create view public.eu_scores | hazards: -
create or replace view "public"."eu_scores" as  SELECT id,
    score
   FROM events_eu;
