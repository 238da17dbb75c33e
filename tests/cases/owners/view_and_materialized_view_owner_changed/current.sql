create table public.sales (id integer primary key, amount numeric not null);
create view public.big_sales as select id, amount from public.sales where amount > 100;
alter view public.big_sales owner to sdcase_owner_a;
create materialized view public.sales_total as select sum(amount) as total from public.sales;
alter materialized view public.sales_total owner to sdcase_owner_a;
