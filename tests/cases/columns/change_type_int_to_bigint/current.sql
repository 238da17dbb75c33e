create table public.accounts (
    id integer primary key,
    balance integer not null
);
