-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create schema audit | hazards: -
create schema if not exists "audit";

-- step 2 | alter owner schema audit | hazards: ACCESS_WIDENED
alter schema "audit" owner to "sdcase_owner_a";

-- step 3 | alter owner schema billing | hazards: ACCESS_WIDENED
alter schema "billing" owner to "sdcase_owner_b";
