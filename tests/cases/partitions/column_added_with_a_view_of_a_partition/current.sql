create table public.events (
    id bigint not null,
    region text not null
) partition by list (region);
create table public.events_eu partition of public.events for values in ('eu');
