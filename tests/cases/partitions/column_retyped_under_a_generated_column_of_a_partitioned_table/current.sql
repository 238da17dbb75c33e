create table public.events (
    id bigint not null,
    region text not null,
    score integer not null,
    doubled bigint generated always as (score * 2) stored
) partition by list (region);
create table public.events_eu partition of public.events for values in ('eu');
