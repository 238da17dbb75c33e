-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.d_names_name_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."d_names_name_idx";

-- step 2 | drop view public.D_Names | hazards: DATA_LOSS
drop materialized view if exists "public"."D_Names";

-- step 3 | drop view public.a_cheap | hazards: DATA_LOSS
drop view if exists "public"."a_cheap";

-- step 4 | drop view public.b_price_stats | hazards: DATA_LOSS
drop materialized view if exists "public"."b_price_stats";

-- step 5 | drop view public.c_dear | hazards: DATA_LOSS
drop view if exists "public"."c_dear";
