-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.click_events | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" no inherit "public"."events";

-- step 2 | drop constraint public.events.events_id_positive | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop constraint "events_id_positive";

-- step 3 | drop table public.events | hazards: DATA_LOSS
drop table "public"."events";
