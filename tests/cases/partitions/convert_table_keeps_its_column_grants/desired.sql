create table public.measurements (
    id bigint not null,
    taken_at date not null,
    value double precision
) partition by range (taken_at);
create table public.measurements_2025 partition of public.measurements
    for values from ('2025-01-01') to ('2026-01-01');
grant select (id, taken_at) on public.measurements to sdcase_meter_reader;
grant update (value) on public.measurements to sdcase_meter_reader;
