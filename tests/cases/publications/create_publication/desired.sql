create table public.orders (id int primary key, customer_id int, total numeric, note text);
create table public.customers (id int primary key, name text);
create publication orders_feed for table public.orders (id, customer_id, total) where (total > 0), table public.customers;
