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
alter table public.readings_2026 alter column taken_on set not null;
alter table public.readings_2026 add constraint readings_value_check check (value >= 0);
alter table public.readings attach partition public.readings_2026
    for values from ('2026-01-01') to ('2027-01-01');
