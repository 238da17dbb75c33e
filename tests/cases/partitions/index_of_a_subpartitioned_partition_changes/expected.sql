-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.readings_b_value_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."readings_b_value_idx";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.readings_b_2026_value_taken_at_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_b_2026_value_taken_at_idx ON public.readings_b_2026 USING btree (value, taken_at);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.readings_b_2027_site_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_b_2027_site_idx ON public.readings_b_2027 USING btree (site);

-- segment 4 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 4 | create index public.readings_b_2027_value_taken_at_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_b_2027_value_taken_at_idx ON public.readings_b_2027 USING btree (value, taken_at);

-- segment 5 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 5 | create index public.readings_b_value_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX readings_b_value_idx ON public.readings_b USING btree (value, taken_at);
