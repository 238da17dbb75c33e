create table public.s (id integer primary key, v integer);
create materialized view public.m with (fillfactor = 70, autovacuum_enabled = false) as select id, v from public.s;
