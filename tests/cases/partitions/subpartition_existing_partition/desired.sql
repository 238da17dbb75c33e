create table public.measurements (
    id bigint not null,
    taken_at date not null,
    value double precision
) partition by range (taken_at);
create table public.measurements_2024 partition of public.measurements
    for values from ('2024-01-01') to ('2025-01-01');
create table public.measurements_2025 partition of public.measurements
    for values from ('2025-01-01') to ('2026-01-01')
    partition by range (id);
create table public.measurements_2025_low partition of public.measurements_2025
    for values from (0) to (1000000);
