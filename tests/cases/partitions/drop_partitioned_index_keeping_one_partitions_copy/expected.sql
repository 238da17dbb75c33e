-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.readings_sensor_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."readings_sensor_idx";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.readings_2025_sensor_taken_at_idx | hazards: -
CREATE INDEX CONCURRENTLY readings_2025_sensor_taken_at_idx ON public.readings_2025 USING btree (sensor, taken_at);
