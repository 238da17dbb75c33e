-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.events.events_account_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop constraint "events_account_id_fkey";

-- step 2 | drop constraint public.events.events_kind_known | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop constraint "events_kind_known";

-- step 3 | drop constraint public.view_events.view_events_page_short | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."view_events" drop constraint "view_events_page_short";

-- step 4 | drop constraint public.click_events.click_events_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" drop constraint "click_events_pkey";

-- step 5 | drop constraint public.events.events_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" drop constraint "events_pkey";

-- step 6 | drop index public.click_events_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."click_events_pkey";

-- step 7 | drop index public.click_events_url_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."click_events_url_idx";

-- step 8 | drop index public.events_happened_at_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."events_happened_at_idx";

-- step 9 | drop index public.events_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."events_pkey";

-- step 10 | drop table public.click_events | hazards: DATA_LOSS
drop table "public"."click_events";

-- step 11 | drop table public.view_events | hazards: DATA_LOSS
drop table "public"."view_events";

-- step 12 | drop table public.events | hazards: DATA_LOSS
drop table "public"."events";
