create extension if not exists citext with schema public;
create table public.users (id integer primary key, email public.citext);
