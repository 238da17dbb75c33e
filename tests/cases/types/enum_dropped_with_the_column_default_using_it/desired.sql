create table public.t (id integer primary key, label text default 'x');
