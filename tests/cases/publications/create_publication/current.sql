create table public.orders (id int primary key, customer_id int, total numeric, note text);
create table public.customers (id int primary key, name text);
