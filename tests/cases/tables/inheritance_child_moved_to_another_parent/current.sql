create table public.events (
    id bigint not null,
    happened_at timestamptz not null
);
create table public.audits (
    id bigint not null,
    happened_at timestamptz not null
);
create table public.click_events (
    id bigint not null,
    happened_at timestamptz not null,
    url text not null
) inherits (public.events);
