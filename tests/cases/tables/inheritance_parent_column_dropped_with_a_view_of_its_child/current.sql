create table public.events (
    id bigint not null,
    legacy text
);
create table public.click_events (
    url text not null
) inherits (public.events);
create view public.legacy_clicks as select id, legacy, url from public.click_events;
