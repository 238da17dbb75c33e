-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter extension citext | hazards: EXTENSION_VERSION_CHANGE
alter extension "citext" update to '1.6';
