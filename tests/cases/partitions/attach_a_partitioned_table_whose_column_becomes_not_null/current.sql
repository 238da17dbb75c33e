-- A partitioned table holding rows attached whose partition key column is not NOT NULL, as its
-- parent's is (ATTACH requires it): SET NOT NULL before the ATTACH, proven for the table and each of
-- its partitions by a CHECK (col IS NOT NULL) added to the table NOT VALID (its partitions get
-- copies) and validated before the main transaction, as its bound's CHECK is.
create table public.readings (
    id bigint not null,
    site text not null,
    taken_at timestamptz not null,
    value numeric
) partition by list (site);
create table public.readings_a partition of public.readings for values in ('a');
create index readings_value_idx on public.readings (value);
create table public.readings_b (
    id bigint not null,
    site text,
    taken_at timestamptz not null,
    value numeric
) partition by range (taken_at);
create table public.readings_b_2026 partition of public.readings_b
    for values from ('2026-01-01 00:00:00+00') to ('2027-01-01 00:00:00+00');
create index readings_b_value_idx on public.readings_b (value);
insert into public.readings_b values (1, 'b', '2026-03-01 10:00:00+00', 4.5);
