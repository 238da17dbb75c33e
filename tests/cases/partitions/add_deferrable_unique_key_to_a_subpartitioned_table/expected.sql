-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.readings.readings_site_taken_at_sensor_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table only "public"."readings" add constraint "readings_site_taken_at_sensor_id_key" UNIQUE NULLS NOT DISTINCT (site, taken_at, sensor, id) DEFERRABLE INITIALLY DEFERRED;

-- step 2 | create constraint public.readings_b.readings_b_site_taken_at_sensor_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table only public.readings_b add constraint "readings_b_site_taken_at_sensor_id_key" UNIQUE NULLS NOT DISTINCT (site, taken_at, sensor, id) DEFERRABLE INITIALLY DEFERRED;

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.readings_a_site_taken_at_sensor_id_key_new_1b3b4a | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "readings_a_site_taken_at_sensor_id_key_new_1b3b4a" ON public.readings_a USING btree (site, taken_at, sensor, id) NULLS NOT DISTINCT;

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 4 | create index public.readings_b_2026_site_taken_at_sensor_id_key_new_08485b | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "readings_b_2026_site_taken_at_sensor_id_key_new_08485b" ON public.readings_b_2026 USING btree (site, taken_at, sensor, id) NULLS NOT DISTINCT;

-- segment 4 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 5 | create constraint public.readings_a.readings_a_site_taken_at_sensor_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings_a add constraint "readings_a_site_taken_at_sensor_id_key" UNIQUE using index "readings_a_site_taken_at_sensor_id_key_new_1b3b4a" DEFERRABLE INITIALLY DEFERRED;

-- step 6 | alter index public.readings_a_site_taken_at_sensor_id_key | hazards: -
alter index "public"."readings_site_taken_at_sensor_id_key" attach partition "public"."readings_a_site_taken_at_sensor_id_key";

-- segment 5 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 7 | create constraint public.readings_b_2026.readings_b_2026_site_taken_at_sensor_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.readings_b_2026 add constraint "readings_b_2026_site_taken_at_sensor_id_key" UNIQUE using index "readings_b_2026_site_taken_at_sensor_id_key_new_08485b" DEFERRABLE INITIALLY DEFERRED;

-- step 8 | alter index public.readings_b_2026_site_taken_at_sensor_id_key | hazards: -
alter index "public"."readings_b_site_taken_at_sensor_id_key" attach partition "public"."readings_b_2026_site_taken_at_sensor_id_key";

-- segment 6 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 9 | alter index public.readings_b_site_taken_at_sensor_id_key | hazards: -
alter index "public"."readings_site_taken_at_sensor_id_key" attach partition "public"."readings_b_site_taken_at_sensor_id_key";
