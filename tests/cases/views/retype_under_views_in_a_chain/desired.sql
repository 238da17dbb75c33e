-- A column retyped under a chain of views whose names sort against their dependencies
-- (a_summary reads m_active, which reads z_orders), beside a view that reads the table without
-- the column and one that only names the table in a string: migra drops every view that depends
-- on the table, dependents first, and creates them again after the ALTER, dependencies first;
-- not the one that only names it. The light families plan the same without migra's inspector.
create table public.z_orders (
    id integer primary key,
    amount numeric(14, 2) not null,
    status text not null
);
create view public.m_active as select id, amount from public.z_orders where status <> 'done';
create view public.a_summary as select count(*) as n, sum(amount) as total from public.m_active;
create view public.b_statuses as select distinct status from public.z_orders;
create view public.c_label as select 'z_orders'::text as source, 1 as version;
grant select on public.a_summary to public;
comment on view public.m_active is 'orders not done';
