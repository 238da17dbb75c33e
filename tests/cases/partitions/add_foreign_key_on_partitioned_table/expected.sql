-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements.measurements_sensor_id_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."measurements" add constraint "measurements_sensor_id_fkey" FOREIGN KEY (sensor_id) REFERENCES sensors(id) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.measurements.measurements_sensor_id_fkey | hazards: LONG_VALIDATION
alter table "public"."measurements" validate constraint "measurements_sensor_id_fkey";
