create table public.t (id integer primary key);
