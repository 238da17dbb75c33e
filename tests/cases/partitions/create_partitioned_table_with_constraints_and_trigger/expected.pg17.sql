-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.measurements | hazards: -
create table "public"."measurements" (
    "id" bigint not null,
    "taken_at" date not null,
    "value" double precision,
    "sensor_id" bigint
) partition by RANGE (taken_at);

-- step 2 | create table public.measurements_2024 | hazards: -
create table "public"."measurements_2024" partition of "public"."measurements" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- step 3 | create table public.measurements_2025 | hazards: -
create table "public"."measurements_2025" partition of "public"."measurements" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- step 4 | create index public.measurements_2024_value_idx | hazards: -
CREATE INDEX measurements_2024_value_idx ON public.measurements_2024 USING btree (value);

-- step 5 | create index public.measurements_2025_value_idx | hazards: -
CREATE INDEX measurements_2025_value_idx ON public.measurements_2025 USING btree (value);

-- step 6 | create index public.measurements_value_idx | hazards: -
CREATE INDEX measurements_value_idx ON public.measurements USING btree (value);

-- step 7 | create constraint public.measurements.measurements_pkey | hazards: -
alter table "public"."measurements" add constraint "measurements_pkey" PRIMARY KEY (id, taken_at);

-- step 8 | create constraint public.measurements.measurements_sensor_id_fkey | hazards: -
alter table "public"."measurements" add constraint "measurements_sensor_id_fkey" FOREIGN KEY (sensor_id) REFERENCES sensors(id);

-- step 9 | create constraint public.measurements.measurements_value_check | hazards: -
alter table "public"."measurements" add constraint "measurements_value_check" CHECK ((value >= (0)::double precision)) not valid;

-- step 10 | alter constraint public.measurements.measurements_value_check | hazards: -
alter table "public"."measurements" validate constraint "measurements_value_check";

-- step 11 | create trigger public.measurements.measurements_touch | hazards: -
CREATE TRIGGER measurements_touch BEFORE INSERT ON public.measurements FOR EACH ROW EXECUTE FUNCTION touch();
