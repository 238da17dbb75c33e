-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.items.items_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."items" drop constraint "items_pkey";

-- step 2 | drop index public.items_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."items_pkey";

-- step 3 | drop function public.first_item | hazards: -
drop function if exists "public"."first_item"();

-- step 4 | drop table public.items | hazards: DATA_LOSS
drop table "public"."items";

-- step 5 | drop function public.next_code | hazards: -
drop function if exists "public"."next_code"();
