-- An index of a partitioned table made ON ONLY, attached on one partition, the other never given
-- one (an interrupted roll-out): invalid. The desired schema declares it whole.
create table public.visits (
    id bigint not null,
    site text not null,
    seen_at timestamptz not null
) partition by list (site);
create table public.visits_web partition of public.visits for values in ('web');
create table public.visits_app partition of public.visits for values in ('app');
create index visits_seen_at_idx on only public.visits (seen_at);
create index visits_web_seen_at_idx on public.visits_web (seen_at);
alter index public.visits_seen_at_idx attach partition public.visits_web_seen_at_idx;
