create table public.customers (
    id integer primary key,
    email text
);
create table public.orders (
    id integer primary key,
    customer_id integer
);
