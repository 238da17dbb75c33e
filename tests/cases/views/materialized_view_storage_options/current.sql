create table public.s (id integer primary key, v integer);
create materialized view public.m as select id, v from public.s;
