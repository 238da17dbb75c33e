-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.click_events.kind | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" alter column "kind" set default 'click'::text;

-- step 2 | create constraint public.click_events.click_events_kind_click | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" add constraint "click_events_kind_click" CHECK ((kind = 'click'::text)) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 3 | alter constraint public.click_events.click_events_kind_click | hazards: LONG_VALIDATION
alter table "public"."click_events" validate constraint "click_events_kind_click";
