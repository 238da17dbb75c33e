-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create schema billing | hazards: -
create schema if not exists "billing";
