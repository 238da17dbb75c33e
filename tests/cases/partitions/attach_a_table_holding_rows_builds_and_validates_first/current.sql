-- A table loaded beside a partitioned table, then attached to it (online: its checks validated,
-- its key and index built concurrently, its foreign key validated before the ATTACH, which then
-- neither scans nor builds).
create table public.sites (
    id bigint primary key,
    name text not null
);
insert into public.sites values (1, 'north'), (2, 'south');

create table public.readings (
    id bigint not null,
    site_id bigint references public.sites (id),
    taken_on date not null,
    value numeric check (value >= 0),
    primary key (id, taken_on)
) partition by range (taken_on);
create index readings_site_id_idx on public.readings (site_id);
create table public.readings_2025 partition of public.readings
    for values from ('2025-01-01') to ('2026-01-01');

create table public.readings_2026 (
    id bigint not null,
    site_id bigint,
    taken_on date,
    value numeric
);
insert into public.readings_2026 values (1, 1, '2026-02-01', 3.5), (2, 2, '2026-03-01', 0), (3, null, '2026-04-01', null);
