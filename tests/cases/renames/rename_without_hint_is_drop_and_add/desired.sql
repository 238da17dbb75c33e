create table public.users (
    id integer primary key,
    name text
);
