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
    unit_price numeric(12, 2) not null,
    total numeric(14, 2) generated always as (quantity * unit_price) stored
);
alter table public.orders attach partition public.orders_2026
    for values from ('2026-01-01') to ('2027-01-01');

create table public.orders_2027 (
    placed_on date not null,
    quantity integer not null,
    unit_price numeric(12, 2) not null,
    id bigint not null,
    total numeric(14, 2) generated always as (quantity * unit_price) stored
);
alter table public.orders attach partition public.orders_2027
    for values from ('2027-01-01') to ('2028-01-01');
