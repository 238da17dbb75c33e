-- The parent's defaults change and a column is added: PostgreSQL applies each to the
-- partitions, so a partition that keeps a default of its own (or has another) gets it back.
create table public.readings (
    id bigint not null,
    taken_at date not null,
    value double precision default 3,
    note text,
    unit text default 'kg',
    batch integer
) partition by range (taken_at);
create table public.readings_2024 partition of public.readings
    for values from ('2024-01-01') to ('2025-01-01');
create table public.readings_2025 partition of public.readings
    for values from ('2025-01-01') to ('2026-01-01');
alter table only public.readings_2025 alter column value set default 2;
alter table public.readings_2025 alter column note set not null;
alter table only public.readings_2024 alter column unit set default 'g';
alter table only public.readings_2025 alter column batch set default 7;
-- a new partition with a default and a NOT NULL of its own
create table public.readings_2026 partition of public.readings
    for values from ('2026-01-01') to ('2027-01-01');
alter table only public.readings_2026 alter column unit set default 'lb';
alter table public.readings_2026 alter column note set not null;
