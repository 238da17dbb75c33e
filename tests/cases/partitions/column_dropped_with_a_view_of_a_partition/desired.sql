create table public.events (
    id bigint not null,
    region text not null
) partition by list (region);
create table public.events_eu partition of public.events for values in ('eu');
create table public.events_us partition of public.events for values in ('us');
create view public.eu_legacy as select id, region from public.events_eu;
