create table public.customers (
    id integer primary key,
    email text,
    constraint customers_email_key unique (email) deferrable initially deferred
);
create table public.orders (
    id integer primary key,
    customer_id integer
);
