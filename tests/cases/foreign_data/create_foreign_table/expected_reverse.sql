-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop foreign_table remote.invoices | hazards: -
drop foreign table "remote"."invoices";

-- step 2 | drop schema remote | hazards: DATA_LOSS
drop schema if exists "remote";
