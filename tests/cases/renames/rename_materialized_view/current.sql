create table public.deals (id integer primary key, amount numeric not null);
-- schemadiff:renamed-from deal_totals
create materialized view public.deal_sums as select count(*) as n, sum(amount) as total from public.deals;
