-- schemadiff:renamed-from customers
create table public.clients (
    id integer primary key,
    name text not null
);
create table public.orders (
    id integer primary key,
    customer_id integer not null references public.clients (id)
);
create index customers_name_idx on public.clients (name);
create view public.customer_names as select id, name from public.clients;
comment on table public.clients is 'People who buy.';
