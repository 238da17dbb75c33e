-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop publication orders_feed | hazards: -
drop publication orders_feed;
