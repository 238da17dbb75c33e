create table public.accounts (
    id bigint primary key
);
