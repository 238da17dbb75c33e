create table public.events (
    id bigint not null
);
create table public.click_events (
    url text not null
) inherits (public.events);
create view public.legacy_clicks as select id, url from public.click_events;
