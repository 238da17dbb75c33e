-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter rule public.orders.orders_no_negative | hazards: ACCESS_EXCLUSIVE_LOCK
CREATE OR REPLACE RULE orders_no_negative AS
    ON INSERT TO orders
   WHERE new.total < 0::numeric DO INSTEAD NOTHING;
