create table public.t (id int primary key);
create publication everything for all tables with (publish = 'insert');
