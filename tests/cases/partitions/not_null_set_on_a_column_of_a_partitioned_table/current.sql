create table public.orders (
    id bigint not null,
    region text not null,
    customer_id bigint,
    note text
) partition by list (region);
create table public.orders_eu partition of public.orders for values in ('eu');
create table public.orders_us partition of public.orders for values in ('us');
