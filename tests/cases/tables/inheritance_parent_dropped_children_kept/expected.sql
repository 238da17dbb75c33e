-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.click_events | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" no inherit "public"."events";

-- step 2 | drop constraint public.events.events_id_positive | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop constraint "events_id_positive";

-- step 3 | drop table public.events | hazards: DATA_LOSS
drop table "public"."events";

-- step 4 | alter constraint public.click_events.click_events_happened_at_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.click_events rename constraint "events_happened_at_not_null" to "click_events_happened_at_not_null";

-- step 5 | alter constraint public.click_events.click_events_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.click_events rename constraint "events_id_not_null" to "click_events_id_not_null";
