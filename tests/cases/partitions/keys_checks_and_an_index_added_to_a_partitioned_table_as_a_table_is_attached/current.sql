create table public.sensors (id bigint primary key);
create table public.measurements (
    id bigint not null,
    taken_at date not null,
    value double precision,
    sensor_id bigint
) partition by range (taken_at);
create table public.measurements_2024 partition of public.measurements
    for values from ('2024-01-01') to ('2025-01-01');
create table public.measurements_2025 (
    id bigint not null,
    taken_at date not null,
    value double precision,
    sensor_id bigint
);
