-- A view read by a materialized view (with a unique index, a grant and comments), itself read
-- by a view (with a grant and a comment), loses a column: the three are dropped and created
-- again in their order, and what the two readers had comes back with them.
create table public.orders (
    id integer primary key,
    customer text not null,
    total numeric(12, 2) not null,
    note text
);
create view public.order_lines as
    select id, customer, total, note from public.orders;
create materialized view public.customer_totals as
    select customer, sum(total) as spent from public.order_lines group by customer;
create unique index customer_totals_customer on public.customer_totals (customer);
grant select on public.customer_totals to sdcase_reader;
comment on materialized view public.customer_totals is 'refreshed hourly';
comment on column public.customer_totals.spent is 'all time';
comment on index public.customer_totals_customer is 'one row per customer';
create view public.big_customers as
    select customer from public.customer_totals where spent > 1000;
grant select on public.big_customers to sdcase_reader;
comment on view public.big_customers is 'for the sales team';
