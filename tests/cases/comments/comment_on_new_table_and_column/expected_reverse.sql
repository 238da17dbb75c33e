-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.widgets.widgets_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."widgets" drop constraint "widgets_pkey";

-- step 2 | drop index public.widgets_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."widgets_pkey";

-- step 3 | drop table public.widgets | hazards: DATA_LOSS
drop table "public"."widgets";
