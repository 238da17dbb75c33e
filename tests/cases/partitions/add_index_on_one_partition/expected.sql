-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.measurements_2025_value_idx | hazards: -
CREATE INDEX CONCURRENTLY measurements_2025_value_idx ON public.measurements_2025 USING btree (value);
