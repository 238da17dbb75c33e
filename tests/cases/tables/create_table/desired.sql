create table public.items (
    id bigint primary key,
    name text not null,
    created_at timestamptz not null default now()
);
