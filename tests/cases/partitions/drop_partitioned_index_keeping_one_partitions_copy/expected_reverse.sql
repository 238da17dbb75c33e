-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.readings_2024_sensor_taken_at_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_2024_sensor_taken_at_idx ON public.readings_2024 USING btree (sensor, taken_at);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.readings_2026_sensor_taken_at_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_2026_sensor_taken_at_idx ON public.readings_2026 USING btree (sensor, taken_at);

-- segment 3 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 3 | create index public.readings_sensor_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX readings_sensor_idx ON public.readings USING btree (sensor, taken_at);
