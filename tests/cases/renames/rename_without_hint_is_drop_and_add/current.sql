create table public.users (
    id integer primary key,
    full_name text
);
