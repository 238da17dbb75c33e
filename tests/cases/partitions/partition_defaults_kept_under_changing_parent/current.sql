create table public.readings (
    id bigint not null,
    taken_at date not null,
    value double precision default 1,
    note text,
    unit text
) partition by range (taken_at);
create table public.readings_2024 partition of public.readings
    for values from ('2024-01-01') to ('2025-01-01');
create table public.readings_2025 partition of public.readings
    for values from ('2025-01-01') to ('2026-01-01');
alter table only public.readings_2025 alter column value set default 2;
alter table public.readings_2025 alter column note set not null;
