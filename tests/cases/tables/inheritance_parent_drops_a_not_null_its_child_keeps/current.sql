create table public.events (
    id bigint not null,
    note text not null
);
create table public.click_events (
    note text not null,
    url text not null
) inherits (public.events);
create table public.view_events (
    page text
) inherits (public.events);
