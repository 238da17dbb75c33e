create table public.t (id int primary key);
create publication everything for table public.t;
