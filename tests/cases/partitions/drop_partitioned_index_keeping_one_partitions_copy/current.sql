create table public.readings (
    id bigint not null,
    taken_at date not null,
    sensor text not null,
    value double precision
) partition by range (taken_at);
create table public.readings_2024 partition of public.readings
    for values from ('2024-01-01') to ('2025-01-01');
create table public.readings_2025 partition of public.readings
    for values from ('2025-01-01') to ('2026-01-01');
create table public.readings_2026 partition of public.readings
    for values from ('2026-01-01') to ('2027-01-01');
-- the parent's index: each partition gets an attached copy
create index readings_sensor_idx on public.readings (sensor, taken_at);
-- a partition's own index beside the copies
create index readings_2026_value_idx on public.readings_2026 (value);
