create table public.customers (
    id integer primary key,
    email text
);
create table public.orders (
    id integer primary key,
    customer_id integer,
    constraint orders_customer_id_fkey foreign key (customer_id)
        references public.customers (id) on delete cascade
);
