create table public.click_events (
    id bigint not null,
    happened_at timestamptz not null default now(),
    url text not null,
    constraint events_id_positive check (id > 0)
);
