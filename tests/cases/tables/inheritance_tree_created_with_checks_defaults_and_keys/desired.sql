create table public.accounts (
    id bigint primary key
);
create table public.events (
    id bigint generated always as identity primary key,
    account_id bigint not null references public.accounts (id),
    happened_at timestamptz not null default now(),
    kind text not null,
    constraint events_kind_known check (kind in ('click', 'view'))
);
create index events_happened_at_idx on public.events (happened_at);
create table public.click_events (
    url text not null,
    kind text not null default 'click',
    primary key (id)
) inherits (public.events);
create index click_events_url_idx on public.click_events (url);
create table public.view_events (
    page text,
    constraint view_events_page_short check (length(page) < 200)
) inherits (public.events);
