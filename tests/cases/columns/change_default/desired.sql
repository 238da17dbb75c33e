create table public.accounts (
    id integer primary key,
    email text not null,
    credits integer default 10
);
