create table public.orders (
    id bigint not null,
    placed_on date not null,
    total numeric
) partition by range (placed_on);
create table public.orders_2025 partition of public.orders
    for values from ('2025-01-01') to ('2026-01-01');
create table public.orders_other partition of public.orders default;
create table public.orders_2026 partition of public.orders
    for values from ('2026-01-01') to ('2027-01-01');

create table public.orders_2027 (
    id bigint not null,
    placed_on date not null,
    total numeric
);
alter table public.orders attach partition public.orders_2027
    for values from ('2027-01-01') to ('2028-01-01');
