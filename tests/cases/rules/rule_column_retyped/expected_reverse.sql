-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop rule public.orders.orders_no_negative | hazards: ACCESS_EXCLUSIVE_LOCK
drop rule orders_no_negative on public.orders;

-- step 2 | alter column public.orders.total | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" alter column "total" set data type integer using "total"::integer;

-- step 3 | create rule public.orders.orders_no_negative | hazards: ACCESS_EXCLUSIVE_LOCK
CREATE RULE orders_no_negative AS
    ON INSERT TO orders
   WHERE new.total < 0 DO INSTEAD NOTHING;

-- step 4 | alter rule public.orders.orders_no_negative | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.orders disable rule orders_no_negative;
