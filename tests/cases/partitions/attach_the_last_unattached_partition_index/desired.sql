create table public.orders (
    id bigint not null,
    region text not null,
    placed_at timestamptz not null
) partition by list (region);
create table public.orders_eu partition of public.orders for values in ('eu');
create table public.orders_us partition of public.orders for values in ('us');
create table public.orders_apac partition of public.orders for values in ('apac');
create index orders_placed_at_idx on public.orders (placed_at desc);
