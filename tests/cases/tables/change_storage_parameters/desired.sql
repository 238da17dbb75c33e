create table public.counters (
    id integer primary key,
    hits bigint not null default 0
) with (fillfactor = 80, toast_tuple_target = 256);
