create table public.readings (
    sensor_id bigint not null,
    taken_at timestamptz not null,
    value double precision,
    unit text,
    legacy_code text
) partition by range (taken_at);
create table public.readings_2025 partition of public.readings
    for values from ('2025-01-01') to ('2026-01-01');
create table public.readings_2026 partition of public.readings
    for values from ('2026-01-01') to ('2027-01-01');
