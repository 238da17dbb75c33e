-- A column retyped under a chain of views whose names sort against their dependencies
-- (a_summary and the materialized view n_totals read m_active, which reads z_orders), beside a
-- view that reads the table without the column and one that only names the table in a string:
-- migra drops every view that depends on the table, dependents first, and creates them again
-- after the ALTER, dependencies first (the materialized view's index, comment and grants set
-- again); not the one that only names it. The light families plan the same without migra's
-- inspector.
create table public.z_orders (
    id integer primary key,
    amount numeric(14, 2) not null,
    status text not null
);
create view public.m_active as select id, amount from public.z_orders where status <> 'done';
create view public.a_summary as select count(*) as n, sum(amount) as total from public.m_active;
create view public.b_statuses as select distinct status from public.z_orders;
create view public.c_label as select 'z_orders'::text as source, 1 as version;
create materialized view public.n_totals as select count(*) as n, sum(amount) as total from public.m_active;
create unique index n_totals_n on public.n_totals (n);
comment on index public.n_totals_n is 'one row';
grant select on public.a_summary to public;
grant select on public.n_totals to public;
comment on view public.m_active is 'orders not done';
