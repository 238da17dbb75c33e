-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.people_name_trgm_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."people_name_trgm_idx";

-- step 2 | drop extension pg_trgm | hazards: DATA_LOSS
drop extension if exists "pg_trgm";
