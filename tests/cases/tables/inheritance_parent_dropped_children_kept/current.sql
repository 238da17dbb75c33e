create table public.events (
    id bigint not null,
    happened_at timestamptz not null default now(),
    constraint events_id_positive check (id > 0)
);
create table public.click_events (
    url text not null
) inherits (public.events);
