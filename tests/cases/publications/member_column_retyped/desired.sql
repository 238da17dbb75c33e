create table public.orders (id int primary key, total bigint, note text);
create table public.other (id int primary key, total bigint);
create publication orders_feed for table public.orders (id, total) where (total > 0), table public.other;
