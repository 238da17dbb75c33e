-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.clicks.clicks_tenant | hazards: ACCESS_NARROWED
drop policy "clicks_tenant" on "public"."clicks";

-- step 2 | drop constraint public.clicks.clicks_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."clicks" drop constraint "clicks_pkey";

-- step 3 | drop index public.clicks_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."clicks_pkey";

-- step 4 | drop table public.clicks | hazards: DATA_LOSS
drop table "public"."clicks";
