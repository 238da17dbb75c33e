-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.click_events | hazards: DATA_LOSS
drop table "public"."click_events";
