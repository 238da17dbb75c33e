create table public.orders (id int primary key, total numeric, region text);
create publication orders_feed for table public.orders (id, total, region) where (region <> 'test');
