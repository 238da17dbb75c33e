create table public.orders (id int primary key, status text, total numeric, note text);
create publication orders_feed for table public.orders (id, status, note) where (status = any (array['paid', 'shipped']));
