create table public.events (
    id bigint not null,
    happened_at timestamptz not null
);
