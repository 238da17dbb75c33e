create table public.unrelated (id integer primary key);
