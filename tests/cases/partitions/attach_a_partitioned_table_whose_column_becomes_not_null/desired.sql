create table public.readings (
    id bigint not null,
    site text not null,
    taken_at timestamptz not null,
    value numeric
) partition by list (site);
create table public.readings_a partition of public.readings for values in ('a');
create index readings_value_idx on public.readings (value);
create table public.readings_b (
    id bigint not null,
    site text not null,
    taken_at timestamptz not null,
    value numeric
) partition by range (taken_at);
create table public.readings_b_2026 partition of public.readings_b
    for values from ('2026-01-01 00:00:00+00') to ('2027-01-01 00:00:00+00');
create index readings_b_value_idx on public.readings_b (value);
alter table public.readings attach partition public.readings_b for values in ('b');
