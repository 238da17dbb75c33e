-- A view that another view reads replaced by a materialized view of the same name and query
-- with a unique index (and the other way): the reading view is dropped and created again
-- around it.
create table public.orders (id integer primary key, total numeric(12, 2) not null);
create view public.order_totals as select id, total from public.orders;
create view public.big_orders as select id from public.order_totals where total > 100;
