create table public.sites (
    id bigint primary key
);
insert into public.sites values (1), (2);
create table public.readings (
    id bigint not null,
    site_id bigint references public.sites (id),
    taken_on date not null
) partition by range (taken_on);
create table public.readings_2025 partition of public.readings
    for values from ('2025-01-01') to ('2026-01-01');
create table public.readings_2026 (
    id bigint not null,
    site_id bigint,
    taken_on date not null
);
alter table public.readings attach partition public.readings_2026
    for values from ('2026-01-01') to ('2027-01-01');
