create table public.counters (
    id integer primary key,
    hits bigint not null default 0
) with (autovacuum_enabled = false, fillfactor = 90);
