create table public.a (id int primary key);
create table public.b (id int primary key);
create table public.c (id int primary key, v text);
create publication feed for table public.a, table public.c (id) where (id > 10);
