-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.click_scores | hazards: DATA_LOSS
drop view if exists "public"."click_scores";

-- step 2 | drop column public.events.score | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop column "score";
