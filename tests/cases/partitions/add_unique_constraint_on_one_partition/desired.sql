create table public.measurements (
    id bigint not null,
    taken_at date not null,
    value double precision
) partition by range (taken_at);
create table public.measurements_2024 partition of public.measurements
    for values from ('2024-01-01') to ('2025-01-01');
create table public.measurements_2025 partition of public.measurements
    for values from ('2025-01-01') to ('2026-01-01');
alter table public.measurements_2025 add constraint measurements_2025_id_key unique (id);
