-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop extension citext | hazards: DATA_LOSS
drop extension if exists "citext";

-- step 2 | drop schema extensions | hazards: DATA_LOSS
drop schema if exists "extensions";
