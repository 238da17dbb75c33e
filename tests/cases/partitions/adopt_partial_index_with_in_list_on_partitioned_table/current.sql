create table public.events (
    id integer not null,
    kind varchar(20) not null
) partition by list (kind);
create table public.events_a partition of public.events for values in ('area');
create table public.events_b partition of public.events for values in ('event', 'artist');
create index events_id_idx on public.events (id) where kind in ('area', 'event');
