-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.events.note | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "note" drop not null;

-- step 2 | create constraint public.click_events.click_events_note_not_null_db3995 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" add constraint "click_events_note_not_null_db3995" check ("note" is not null) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 3 | alter constraint public.click_events.click_events_note_not_null_db3995 | hazards: LONG_VALIDATION
alter table "public"."click_events" validate constraint "click_events_note_not_null_db3995";

-- segment 3 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 4 | alter column public.click_events.note | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" alter column "note" set not null;

-- step 5 | drop constraint public.click_events.click_events_note_not_null_db3995 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" drop constraint "click_events_note_not_null_db3995";
