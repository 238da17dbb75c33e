-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements_2025.measurements_value_check | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."measurements_2025" add constraint "measurements_value_check" CHECK ((value >= (0)::double precision));

-- step 2 | alter table public.measurements_2025 | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table public.measurements attach partition "public"."measurements_2025" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- step 3 | create constraint public.measurements.measurements_pkey | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."measurements" add constraint "measurements_pkey" PRIMARY KEY (id, taken_at);

-- step 4 | create constraint public.measurements.measurements_sensor_id_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."measurements" add constraint "measurements_sensor_id_fkey" FOREIGN KEY (sensor_id) REFERENCES sensors(id);

-- step 5 | create constraint public.measurements.measurements_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements" add constraint "measurements_value_check" CHECK ((value >= (0)::double precision)) not valid;

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 6 | create index public.measurements_2024_value_idx | hazards: -
CREATE INDEX CONCURRENTLY measurements_2024_value_idx ON public.measurements_2024 USING btree (value);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 7 | create index public.measurements_2025_value_idx | hazards: -
CREATE INDEX CONCURRENTLY measurements_2025_value_idx ON public.measurements_2025 USING btree (value);

-- segment 4 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 8 | create index public.measurements_value_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX measurements_value_idx ON public.measurements USING btree (value);

-- segment 5 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 9 | alter constraint public.measurements.measurements_value_check | hazards: LONG_VALIDATION
alter table "public"."measurements" validate constraint "measurements_value_check";
