create table public.sales (id integer primary key, amount numeric not null);
create materialized view public.sales_total as select sum(amount) as total, count(*) as n from public.sales;
create unique index sales_total_idx on public.sales_total (total);
