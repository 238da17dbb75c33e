create table public.accounts (
    id integer primary key,
    zip text default '0'
);
