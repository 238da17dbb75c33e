create table public.orders (id integer primary key, total bigint not null);
create view public.order_totals as select id, total from public.orders;
create function public.sum_totals() returns numeric language sql stable as $$ select sum(total) from public.order_totals $$;
create view public.grand_total as select public.sum_totals() as total;
