create table public.stamped (
    created_at timestamptz not null default now()
);
create table public.owned (
    owner_id bigint not null,
    constraint owned_owner_positive check (owner_id > 0)
);
create table public.documents (
    id bigint not null,
    title text
) inherits (public.stamped, public.owned);
