create table public.events (
    id bigint not null,
    score integer
);
create table public.click_events (
    url text not null
) inherits (public.events);
create view public.click_scores as select id, score, url from public.click_events;
