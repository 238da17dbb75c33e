create table public.events (
    id bigint not null,
    region text not null,
    score integer
) partition by list (region);
create table public.events_eu partition of public.events for values in ('eu');
create view public.eu_scores as select id, score from public.events_eu;
