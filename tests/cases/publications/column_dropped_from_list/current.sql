create table public.orders (id int primary key, total numeric, legacy_code text);
create publication orders_feed for table public.orders (id, total, legacy_code) where (legacy_code is not null);
