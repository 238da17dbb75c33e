create table public.accounts (
    id integer primary key,
    code varchar(40)
);
