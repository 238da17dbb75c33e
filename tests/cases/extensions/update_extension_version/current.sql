create extension citext version '1.5';
create table public.users (
    id integer primary key,
    email citext not null
);
