create table public.accounts (
    id integer primary key,
    region varchar(10) not null
);
