-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.measurements | hazards: DATA_LOSS
drop table "public"."measurements";

-- step 2 | create table public.measurements | hazards: -
create table "public"."measurements" (
    "id" bigint not null,
    "taken_at" date not null,
    "value" double precision
) partition by RANGE (taken_at);

-- step 3 | create table public.measurements_2025 | hazards: -
create table "public"."measurements_2025" partition of "public"."measurements" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- step 4 | create privilege select ("id") on table public.measurements to sdcase_meter_reader | hazards: -
grant select ("id") on table public.measurements to sdcase_meter_reader;

-- step 5 | create privilege select ("taken_at") on table public.measurements to sdcase_meter_reader | hazards: -
grant select ("taken_at") on table public.measurements to sdcase_meter_reader;

-- step 6 | create privilege update ("value") on table public.measurements to sdcase_meter_reader | hazards: -
grant update ("value") on table public.measurements to sdcase_meter_reader;
