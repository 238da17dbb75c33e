create table public.deals (id integer primary key, amount numeric not null);
-- schemadiff:renamed-from deal_sums
create materialized view public.deal_totals as select count(*) as n, sum(amount) as total from public.deals;
