create table public.accounts (
    id integer primary key,
    email text not null,
    token uuid not null default gen_random_uuid()
);
