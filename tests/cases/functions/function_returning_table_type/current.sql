create table public.items (id integer primary key, name text);
