-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop extension pg_trgm | hazards: DATA_LOSS
drop extension if exists "pg_trgm";
