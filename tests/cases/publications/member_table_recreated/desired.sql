create table public.measurements (
    id bigint not null,
    taken_at date not null,
    value double precision
) partition by range (taken_at);
create table public.measurements_2025 partition of public.measurements
    for values from ('2025-01-01') to ('2026-01-01');
create publication measurements_feed for table public.measurements (id, taken_at, value) where (value is not null)
    with (publish_via_partition_root = true);
