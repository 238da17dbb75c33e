-- A view replaced by a materialized view of the same name and query (and the other way).
create table public.orders (id integer primary key, total numeric(12, 2) not null);
create materialized view public.order_totals as select id, total from public.orders;
