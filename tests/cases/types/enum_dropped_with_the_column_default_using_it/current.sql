create type public.mood as enum ('ok', 'bad');
create table public.t (id integer primary key, label text default 'x', m public.mood default 'ok');
