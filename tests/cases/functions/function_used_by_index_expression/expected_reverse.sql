-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.people_normalized_name_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."people_normalized_name_idx";

-- step 2 | drop function public.normalize_name | hazards: -
drop function if exists "public"."normalize_name"(name text);
