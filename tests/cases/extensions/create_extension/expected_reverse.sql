-- step 1 | drop extension pg_trgm | hazards: DATA_LOSS
drop extension if exists "pg_trgm";
