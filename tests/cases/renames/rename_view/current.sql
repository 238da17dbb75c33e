create table public.deals (id integer primary key, amount numeric not null);
-- schemadiff:renamed-from big_deals
create view public.large_deals as select id, amount from public.deals where amount > 10000;
create view public.large_deal_count as select count(*) as n from public.large_deals;
