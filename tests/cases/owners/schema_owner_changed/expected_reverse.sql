-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter owner schema billing | hazards: ACCESS_WIDENED
alter schema "billing" owner to "sdcase_owner_a";

-- step 2 | drop schema audit | hazards: DATA_LOSS
drop schema if exists "audit";
