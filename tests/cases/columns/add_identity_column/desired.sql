create table public.accounts (
    id integer primary key,
    email text not null,
    seq bigint generated always as identity
);
