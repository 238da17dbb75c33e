-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.readings_b_value_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."readings_b_value_idx";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.readings_b_2026_value_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_b_2026_value_idx ON public.readings_b_2026 USING btree (value);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.readings_b_2027_value_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_b_2027_value_idx ON public.readings_b_2027 USING btree (value);

-- segment 4 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 4 | create index public.readings_b_value_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX readings_b_value_idx ON public.readings_b USING btree (value);

-- segment 5 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 5 | drop index public.readings_b_2027_site_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."readings_b_2027_site_idx";
