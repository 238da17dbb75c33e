create table public.readings (
    id bigint not null,
    site text not null,
    taken_at timestamptz not null,
    value numeric check (value >= 0)
) partition by list (site);
create table public.readings_a partition of public.readings for values in ('a', 'aa');
create table public.readings_b partition of public.readings for values in ('b') partition by range (taken_at);
create table public.readings_b_2026 (
    id bigint not null,
    site text not null,
    taken_at timestamptz not null,
    value numeric check (value >= 0)
);
create index readings_value_idx on public.readings (value);
create index readings_b_2026_value_idx on public.readings_b_2026 (value);
