-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop schema billing | hazards: DATA_LOSS
drop schema if exists "billing";
