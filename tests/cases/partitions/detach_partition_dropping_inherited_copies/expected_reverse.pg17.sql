-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements_2025.measurements_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" add constraint "measurements_value_check" CHECK ((value >= (0)::double precision)) not valid;

-- step 2 | create constraint public.measurements_2025.measurements_sensor_id_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" add constraint "measurements_sensor_id_fkey" FOREIGN KEY (sensor_id) REFERENCES public.sensors(id) not valid;

-- step 3 | create constraint public.measurements_2025.measurements_2025_bound_e1b16e | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" add constraint "measurements_2025_bound_e1b16e" check (((taken_at IS NOT NULL) AND (taken_at >= '2025-01-01'::date) AND (taken_at < '2026-01-01'::date))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 4 | alter constraint public.measurements_2025.measurements_value_check | hazards: LONG_VALIDATION
alter table "public"."measurements_2025" validate constraint "measurements_value_check";

-- segment 3 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 5 | alter constraint public.measurements_2025.measurements_sensor_id_fkey | hazards: LONG_VALIDATION
alter table "public"."measurements_2025" validate constraint "measurements_sensor_id_fkey";

-- segment 4 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 6 | alter constraint public.measurements_2025.measurements_2025_bound_e1b16e | hazards: LONG_VALIDATION
alter table "public"."measurements_2025" validate constraint "measurements_2025_bound_e1b16e";

-- segment 5 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 7 | create index public.measurements_2025_pkey | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY measurements_2025_pkey ON public.measurements_2025 USING btree (id, taken_at);

-- segment 6 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 8 | create index public.measurements_2025_value_idx | hazards: -
CREATE INDEX CONCURRENTLY measurements_2025_value_idx ON public.measurements_2025 USING btree (value);

-- segment 7 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 9 | create constraint public.measurements_2025.measurements_2025_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" add constraint "measurements_2025_pkey" primary key using index "measurements_2025_pkey";

-- step 10 | alter table public.measurements_2025 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements attach partition "public"."measurements_2025" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- step 11 | drop constraint public.measurements_2025.measurements_2025_bound_e1b16e | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."measurements_2025" drop constraint "measurements_2025_bound_e1b16e";
