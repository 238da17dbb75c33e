-- segment 1 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 1 | create index public.measurements_value_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX measurements_value_idx ON public.measurements USING btree (value);
