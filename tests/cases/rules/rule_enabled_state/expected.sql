-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter rule public.orders.orders_no_delete | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.orders disable rule orders_no_delete;

-- step 2 | alter rule public.orders.orders_no_update | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.orders enable always rule orders_no_update;

-- step 3 | alter rule public.orders.orders_notify | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.orders enable replica rule orders_notify;
