-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.click_events.doubled | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" drop column "doubled";

-- step 2 | alter column public.events.score | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "score" set data type integer using "score"::integer;

-- step 3 | create column public.click_events.doubled | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" add column "doubled" bigint generated always as ((score * 2)) stored;
