create table public.customers (
    id integer primary key,
    email text
);
create table public.orders (
    id integer primary key,
    customer_id integer
);

alter table public.orders add constraint orders_customer_id_fkey
    foreign key (customer_id) references public.customers (id) not valid;
