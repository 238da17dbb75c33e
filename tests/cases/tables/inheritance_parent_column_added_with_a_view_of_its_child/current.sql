create table public.events (
    id bigint not null
);
create table public.click_events (
    url text not null
) inherits (public.events);
