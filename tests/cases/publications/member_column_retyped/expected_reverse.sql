-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop publication orders_feed table public.orders | hazards: -
alter publication orders_feed drop table only public.orders;

-- step 2 | alter column public.orders.total | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" alter column "total" set data type integer using "total"::integer;

-- step 3 | alter column public.other.total | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."other" alter column "total" set data type integer using "total"::integer;

-- step 4 | create publication orders_feed table public.orders | hazards: -
alter publication orders_feed add table public.orders (id, total) where ((total > 0));
