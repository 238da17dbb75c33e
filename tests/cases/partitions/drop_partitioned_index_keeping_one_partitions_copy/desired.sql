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
-- the parent's index goes; the 2025 partition keeps its copy as its own index, the others lose theirs
create index readings_2025_sensor_taken_at_idx on public.readings_2025 (sensor, taken_at);
create index readings_2026_value_idx on public.readings_2026 (value);
