-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.events_us.events_us_bound_7a2dca | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_us" add constraint "events_us_bound_7a2dca" check (((region IS NOT NULL) AND (region = 'us'::text))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.events_us.events_us_bound_7a2dca | hazards: LONG_VALIDATION
alter table "public"."events_us" validate constraint "events_us_bound_7a2dca";

-- segment 3 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter constraint public.events_us.events_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.events_us rename constraint "events_us_id_not_null" to "events_id_not_null";

-- step 4 | alter constraint public.events_us.events_region_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.events_us rename constraint "events_us_region_not_null" to "events_region_not_null";

-- step 5 | alter table public.events_us | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.events attach partition "public"."events_us" FOR VALUES IN ('us');

-- step 6 | drop constraint public.events_us.events_us_bound_7a2dca | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events_us" drop constraint "events_us_bound_7a2dca";

-- step 7 | create constraint public.events.events_id_positive | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" add constraint "events_id_positive" CHECK ((id > 0)) not valid;

-- segment 4 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 8 | alter constraint public.events.events_id_positive | hazards: LONG_VALIDATION
alter table "public"."events" validate constraint "events_id_positive";
