create table public.events (
    id bigint not null,
    kind text not null default 'generic'
);
create table public.click_events (
    url text not null
) inherits (public.events);
