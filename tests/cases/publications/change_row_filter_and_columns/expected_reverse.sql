-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop publication orders_feed table public.orders | hazards: -
alter publication orders_feed drop table only public.orders;

-- step 2 | create publication orders_feed table public.orders | hazards: -
alter publication orders_feed add table public.orders (id, status, total) where ((status <> 'draft'::text));
