-- segment 1 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.measurements_2025_value_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."measurements_2025_value_idx";
