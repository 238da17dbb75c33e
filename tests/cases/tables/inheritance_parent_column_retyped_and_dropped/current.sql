create table public.events (
    id integer not null,
    happened_at timestamptz not null,
    legacy text
);
create table public.click_events (
    url text not null
) inherits (public.events);
