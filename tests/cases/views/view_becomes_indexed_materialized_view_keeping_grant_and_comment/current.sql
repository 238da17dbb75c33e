-- A view with a comment and a grant replaced by a materialized view of the same name and query
-- with an index (and the other way): the grant and the comment are set again on the new
-- relation, the index created after it (dropped before it).
create table public.orders (id integer primary key, total numeric(12, 2) not null);
create view public.order_totals as select id, total from public.orders;
comment on view public.order_totals is 'one row per order';
grant select on public.order_totals to public;
