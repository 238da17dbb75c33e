create table public.events (
    id bigint not null,
    -- schemadiff:renamed-from happened_on
    happened_at timestamptz not null
);
create table public.click_events (
    url text not null
) inherits (public.events);
create index click_events_happened_on_idx on public.click_events (happened_at);
