create table public.events (id integer primary key, kind text);
