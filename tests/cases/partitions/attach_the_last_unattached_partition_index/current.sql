create table public.orders (
    id bigint not null,
    region text not null,
    placed_at timestamptz not null
) partition by list (region);
create table public.orders_eu partition of public.orders for values in ('eu');
create table public.orders_us partition of public.orders for values in ('us');
create table public.orders_apac partition of public.orders for values in ('apac');
create index orders_placed_at_idx on only public.orders (placed_at desc);
create index orders_eu_placed_at_idx on public.orders_eu (placed_at desc);
create index orders_us_placed_at_idx on public.orders_us (placed_at desc);
create index orders_apac_placed_at_idx on public.orders_apac (placed_at desc);
-- two of the three attached already (an interrupted roll-out)
alter index public.orders_placed_at_idx attach partition public.orders_eu_placed_at_idx;
alter index public.orders_placed_at_idx attach partition public.orders_us_placed_at_idx;
