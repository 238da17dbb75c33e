-- step 1 | alter constraint public.click_events.events_happened_at_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.click_events rename constraint "click_events_happened_at_not_null" to "events_happened_at_not_null";

-- step 2 | alter constraint public.click_events.events_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.click_events rename constraint "click_events_id_not_null" to "events_id_not_null";

-- step 3 | alter table public.click_events | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" inherit "public"."events";
