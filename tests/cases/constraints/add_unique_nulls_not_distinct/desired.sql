create table public.customers (
    id integer primary key,
    email text,
    constraint customers_email_key unique nulls not distinct (email)
);
create table public.orders (
    id integer primary key,
    customer_id integer
);
