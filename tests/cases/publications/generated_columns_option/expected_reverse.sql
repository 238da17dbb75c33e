-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter publication prices_feed | hazards: -
alter publication prices_feed set (publish_generated_columns = none);
