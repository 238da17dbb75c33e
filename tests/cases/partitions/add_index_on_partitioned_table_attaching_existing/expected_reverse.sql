-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.measurements_value_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."measurements_value_idx";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.measurements_2024_value_idx | hazards: -
CREATE INDEX CONCURRENTLY measurements_2024_value_idx ON public.measurements_2024 USING btree (value);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.measurements_2025_value_idx | hazards: -
CREATE INDEX CONCURRENTLY measurements_2025_value_idx ON public.measurements_2025 USING btree (value);
