create table public.counters (
    id integer primary key,
    hits bigint not null default 0
) with (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05);
