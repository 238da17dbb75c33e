create extension citext version '1.6';
create table public.users (
    id integer primary key,
    email citext not null
);
