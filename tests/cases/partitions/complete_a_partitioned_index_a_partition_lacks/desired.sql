create table public.visits (
    id bigint not null,
    site text not null,
    seen_at timestamptz not null
) partition by list (site);
create table public.visits_web partition of public.visits for values in ('web');
create table public.visits_app partition of public.visits for values in ('app');
create index visits_seen_at_idx on public.visits (seen_at);
