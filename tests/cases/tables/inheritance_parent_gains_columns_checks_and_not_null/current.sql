create table public.events (
    id bigint not null,
    happened_at timestamptz not null,
    note text
);
create table public.click_events (
    url text not null
) inherits (public.events);
create table public.view_events (
    page text
) inherits (public.events);
