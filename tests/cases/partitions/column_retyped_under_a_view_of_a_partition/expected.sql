-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.eu_scores | hazards: -
drop view if exists "public"."eu_scores";

-- step 2 | alter column public.events.score | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "score" set data type numeric(10,2) using "score"::numeric(10,2);

-- step 3 | create view public.eu_scores | hazards: -
create or replace view "public"."eu_scores" as  SELECT id,
    score
   FROM events_eu
  WHERE (score > (10)::numeric);
