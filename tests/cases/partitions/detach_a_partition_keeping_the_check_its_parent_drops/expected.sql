-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.events_us | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.events detach partition "public"."events_us";

-- step 2 | drop constraint public.events.events_id_positive | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop constraint "events_id_positive";

-- step 3 | alter constraint public.events_us.events_us_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.events_us rename constraint "events_id_not_null" to "events_us_id_not_null";

-- step 4 | alter constraint public.events_us.events_us_region_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.events_us rename constraint "events_region_not_null" to "events_us_region_not_null";
