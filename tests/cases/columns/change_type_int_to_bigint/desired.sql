create table public.accounts (
    id integer primary key,
    balance bigint not null
);
