-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.readings_a_taken_at_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_a_taken_at_idx ON public.readings_a USING btree (taken_at) WHERE (value IS NOT NULL);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.readings_a_value_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_a_value_idx ON public.readings_a USING btree (value);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.readings_b_2026_taken_at_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_b_2026_taken_at_idx ON public.readings_b_2026 USING btree (taken_at) WHERE (value IS NOT NULL);

-- segment 4 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 4 | create index public.readings_b_2026_value_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_b_2026_value_idx ON public.readings_b_2026 USING btree (value);

-- segment 5 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 5 | create index public.readings_b_2027_taken_at_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_b_2027_taken_at_idx ON public.readings_b_2027 USING btree (taken_at) WHERE (value IS NOT NULL);

-- segment 6 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 6 | create index public.readings_b_2027_value_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_b_2027_value_idx ON public.readings_b_2027 USING btree (value);

-- segment 7 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 7 | create index public.readings_b_taken_at_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX readings_b_taken_at_idx ON public.readings_b USING btree (taken_at) WHERE (value IS NOT NULL);

-- step 8 | create index public.readings_b_value_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX readings_b_value_idx ON public.readings_b USING btree (value);

-- step 9 | create index public.readings_taken_at_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX readings_taken_at_idx ON public.readings USING btree (taken_at) WHERE (value IS NOT NULL);

-- step 10 | create index public.readings_value_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX readings_value_idx ON public.readings USING btree (value);
