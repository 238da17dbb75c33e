create table public.orders (id integer primary key);
