-- A materialized view whose query changes while it gains an index (and the other way: one
-- whose query changes while it loses one); its kept index comes back with it.
create table public.orders (id integer primary key, customer text not null, total numeric(12, 2) not null);
create materialized view public.big_orders as select id, customer, total from public.orders where total > 1000;
create unique index big_orders_id on public.big_orders (id);
