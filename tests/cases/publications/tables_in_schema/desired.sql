create schema sales;
create schema hr;
create table sales.orders (id int primary key);
create table hr.people (id int primary key);
create table public.misc (id int primary key);
create publication feed for tables in schema hr, table public.misc;
