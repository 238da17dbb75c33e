-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create publication orders_feed | hazards: -
create publication orders_feed for table public.customers, table public.orders (id, customer_id, total) where ((total > (0)::numeric));
