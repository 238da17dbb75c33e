create table public.stamped (
    created_at timestamptz not null default now()
);
create table public.owned (
    owner_id bigint not null,
    constraint owned_owner_positive check (owner_id > 0)
);
