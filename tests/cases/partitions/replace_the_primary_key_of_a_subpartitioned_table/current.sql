create table public.readings (
    id bigint not null,
    site text not null,
    taken_at timestamptz not null,
    seq integer not null,
    value numeric,
    constraint readings_pkey primary key (site, taken_at, id)
) partition by list (site);
create table public.readings_a partition of public.readings for values in ('a');
create table public.readings_b partition of public.readings for values in ('b') partition by range (taken_at);
create table public.readings_b_2026 partition of public.readings_b
    for values from ('2026-01-01 00:00:00+00') to ('2027-01-01 00:00:00+00');
