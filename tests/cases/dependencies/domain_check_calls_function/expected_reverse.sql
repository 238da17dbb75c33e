-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.pages.pages_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."pages" drop constraint "pages_pkey";

-- step 2 | drop index public.pages_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."pages_pkey";

-- step 3 | drop table public.pages | hazards: DATA_LOSS
drop table "public"."pages";

-- step 4 | drop type public.slug | hazards: DATA_LOSS
drop domain public.slug;

-- step 5 | drop function public.is_slug | hazards: -
drop function if exists "public"."is_slug"(value text);
