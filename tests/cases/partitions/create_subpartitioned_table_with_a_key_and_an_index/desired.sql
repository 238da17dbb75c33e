-- A new partitioned table whose partitions are partitioned themselves, with a key and an index on
-- the root: the tables are created first, then the key and the index on the root alone, which
-- PostgreSQL makes on every partition down the tree.
create table public.orders (
    id bigint not null,
    region text not null,
    ordered_on date not null,
    total numeric(12, 2),
    primary key (id, region, ordered_on)
) partition by list (region);
create index orders_ordered_on on public.orders (ordered_on);
create table public.orders_eu partition of public.orders for values in ('eu')
    partition by range (ordered_on);
create table public.orders_eu_2026 partition of public.orders_eu
    for values from ('2026-01-01') to ('2027-01-01');
create table public.orders_us partition of public.orders for values in ('us');
