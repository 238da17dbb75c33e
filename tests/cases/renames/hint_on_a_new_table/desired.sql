create table public.orders (id integer primary key);
-- schemadiff:renamed-from customers
create table public.clients (
    id integer primary key,
    name text not null
);
