-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements.measurements_sensor_id_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."measurements" add constraint "measurements_sensor_id_fkey" FOREIGN KEY (sensor_id) REFERENCES sensors(id);
