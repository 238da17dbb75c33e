-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.events.events_score_known | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop constraint "events_score_known";

-- step 2 | drop view public.top_clicks | hazards: -
drop view if exists "public"."top_clicks";

-- step 3 | alter column public.events.score | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "score" set data type numeric(10,2) using "score"::numeric(10,2);

-- step 4 | create constraint public.events.events_score_known | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" add constraint "events_score_known" CHECK ((score >= (0)::numeric)) not valid;

-- step 5 | create view public.top_clicks | hazards: -
create or replace view "public"."top_clicks" as  SELECT id,
    score,
    url
   FROM click_events
  WHERE (score > (10)::numeric);

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 6 | alter constraint public.events.events_score_known | hazards: LONG_VALIDATION
alter table "public"."events" validate constraint "events_score_known";
