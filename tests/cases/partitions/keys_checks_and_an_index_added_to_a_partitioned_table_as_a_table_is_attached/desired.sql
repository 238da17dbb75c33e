create table public.sensors (id bigint primary key);
create table public.measurements (
    id bigint not null,
    taken_at date not null,
    value double precision,
    sensor_id bigint
) partition by range (taken_at);
create table public.measurements_2024 partition of public.measurements
    for values from ('2024-01-01') to ('2025-01-01');
create table public.measurements_2025 partition of public.measurements
    for values from ('2025-01-01') to ('2026-01-01');
alter table public.measurements add constraint measurements_value_check check (value >= 0);
alter table public.measurements add constraint measurements_sensor_id_fkey foreign key (sensor_id) references public.sensors (id);
alter table public.measurements add constraint measurements_pkey primary key (id, taken_at);
create index measurements_value_idx on public.measurements (value);
