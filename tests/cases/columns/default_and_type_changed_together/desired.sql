create table public.t (id integer primary key, n bigint default 1);
