-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.measurements_2024_taken_at_idx | hazards: -
CREATE INDEX CONCURRENTLY measurements_2024_taken_at_idx ON public.measurements_2024 USING btree (taken_at);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.measurements_2025_taken_at_idx | hazards: -
CREATE INDEX CONCURRENTLY measurements_2025_taken_at_idx ON public.measurements_2025 USING btree (taken_at);

-- segment 3 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 3 | create index public.measurements_taken_at_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX measurements_taken_at_idx ON public.measurements USING btree (taken_at);
