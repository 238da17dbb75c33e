create table public.orders (
    id bigint not null,
    region text not null,
    total numeric
) partition by list (region);
create table public.orders_eu partition of public.orders for values in ('de', 'fr', 'it');
create table public.orders_us partition of public.orders for values in ('us');
