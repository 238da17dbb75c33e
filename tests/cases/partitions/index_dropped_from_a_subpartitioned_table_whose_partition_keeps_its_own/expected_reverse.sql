-- segment 1 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 1 | create index public.readings_value_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX readings_value_idx ON public.readings USING btree (value);
