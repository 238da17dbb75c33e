create table public.orders (
    id bigint primary key,
    customer_id bigint not null,
    status text not null,
    total numeric(12, 2)
);
create index orders_customer_idx on public.orders (customer_id) include (status);
