-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.tags.tags_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tags" drop constraint "tags_pkey";

-- step 2 | drop index public.tags_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."tags_pkey";
