create table public.accounts (
    id integer primary key,
    email text not null,
    active boolean not null default true
);
