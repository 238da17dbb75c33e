-- A materialized view with a unique index, storage parameters, a grant and comments comes
-- (and, the other way, goes: its index with it).
create table public.orders (
    id integer primary key,
    customer text not null,
    total numeric(12, 2) not null
);
create materialized view public.customer_totals with (fillfactor = 80) as
    select customer, sum(total) as spent, count(*) as orders from public.orders group by customer;
create unique index customer_totals_customer_idx on public.customer_totals (customer);
create index customer_totals_spent_idx on public.customer_totals (spent desc);
grant select on public.customer_totals to sdcase_reader;
comment on materialized view public.customer_totals is 'refreshed hourly';
comment on index public.customer_totals_customer_idx is 'for refresh concurrently';
