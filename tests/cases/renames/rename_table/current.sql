-- schemadiff:renamed-from clients
create table public.customers (
    id integer primary key,
    name text not null
);
create table public.orders (
    id integer primary key,
    customer_id integer not null references public.customers (id)
);
create index customers_name_idx on public.customers (name);
create view public.customer_names as select id, name from public.customers;
comment on table public.customers is 'People who buy.';
