-- Partitions added to a table whose DEFAULT partition holds rows: the default is scanned for rows
-- of each new bound under ACCESS EXCLUSIVE, unless a validated CHECK proves there are none. Online,
-- one CHECK (NOT (<bound>)) per new partition is added NOT VALID and validated before the main
-- transaction, and dropped after the CREATE or ATTACH it serves.
create table public.orders (
    id bigint not null,
    placed_on date not null,
    total numeric
) partition by range (placed_on);
create table public.orders_2025 partition of public.orders
    for values from ('2025-01-01') to ('2026-01-01');
create table public.orders_other partition of public.orders default;
insert into public.orders values (1, '2024-06-01', 10), (2, '2030-01-01', 20);

create table public.orders_2027 (
    id bigint not null,
    placed_on date not null,
    total numeric
);
insert into public.orders_2027 values (3, '2027-03-01', 30);
