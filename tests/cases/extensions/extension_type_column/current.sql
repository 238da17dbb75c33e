create table public.users (id integer primary key);
