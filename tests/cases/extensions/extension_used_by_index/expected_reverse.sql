-- step 1 | drop index public.people_name_trgm_idx | hazards: -
drop index if exists "public"."people_name_trgm_idx";

-- step 2 | drop extension pg_trgm | hazards: DATA_LOSS
drop extension if exists "pg_trgm";
