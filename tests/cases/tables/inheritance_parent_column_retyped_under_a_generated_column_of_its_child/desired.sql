create table public.events (
    id bigint not null,
    score bigint not null
);
create table public.click_events (
    url text not null,
    doubled bigint generated always as (score * 2) stored
) inherits (public.events);
