create table public.orders (
    id bigint not null,
    placed_on date not null,
    customer text,
    channel text
) partition by range (placed_on);
create table public.orders_2025 partition of public.orders for values from ('2025-01-01') to ('2026-01-01');
create table public.orders_2026 partition of public.orders for values from ('2026-01-01') to ('2027-01-01');
create index orders_customer_idx on public.orders (customer, channel) where channel is not null;
