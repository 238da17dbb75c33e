create table public.orders (id integer primary key, total numeric not null);
create view public.big_orders as select id, total from public.orders where total > 100;
create function public.big_order_ids() returns setof integer language sql stable as $$ select id from public.big_orders $$;
create view public.big_order_count as select count(*) as n from public.big_order_ids();
