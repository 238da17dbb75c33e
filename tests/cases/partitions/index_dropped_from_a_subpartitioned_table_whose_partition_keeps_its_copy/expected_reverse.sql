-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.readings_a_value_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_a_value_idx ON public.readings_a USING btree (value);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.readings_b_2027_value_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_b_2027_value_idx ON public.readings_b_2027 USING btree (value);

-- segment 3 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 3 | create index public.readings_b_value_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX readings_b_value_idx ON public.readings_b USING btree (value);

-- step 4 | create index public.readings_value_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX readings_value_idx ON public.readings USING btree (value);
