-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.click_events | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" no inherit "public"."events";

-- step 2 | alter constraint public.click_events.click_events_happened_at_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.click_events rename constraint "events_happened_at_not_null" to "click_events_happened_at_not_null";

-- step 3 | alter constraint public.click_events.click_events_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.click_events rename constraint "events_id_not_null" to "click_events_id_not_null";
