-- Tables attached that lack a generated column of their parent (one holding rows) and its
-- identity column (an empty one): the ATTACH needs every column of the parent, so they are added
-- before it, the generated one with its expression (the server requires a partition's column to
-- be generated where its parent's is). Added columns come last: a partition's columns may be in
-- another order than its parent's.
create table public.orders (
    id bigint generated always as identity,
    placed_on date not null,
    quantity integer not null,
    unit_price numeric(12, 2) not null,
    total numeric(14, 2) generated always as (quantity * unit_price) stored
) partition by range (placed_on);
create table public.orders_2025 partition of public.orders
    for values from ('2025-01-01') to ('2026-01-01');

create table public.orders_2026 (
    id bigint not null,
    placed_on date not null,
    quantity integer not null,
    unit_price numeric(12, 2) not null
);
insert into public.orders_2026 values (1, '2026-05-01', 2, 10.50);

create table public.orders_2027 (
    placed_on date not null,
    quantity integer not null,
    unit_price numeric(12, 2) not null
);
