create table public.accounts (
    id integer primary key,
    zip integer default 0
);
