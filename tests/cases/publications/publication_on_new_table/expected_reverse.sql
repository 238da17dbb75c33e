-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop publication Audit Feed | hazards: -
drop publication "Audit Feed";

-- step 2 | drop constraint audit.entries.entries_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "audit"."entries" drop constraint "entries_pkey";

-- step 3 | drop index audit.entries_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "audit"."entries_pkey";

-- step 4 | drop table audit.entries | hazards: DATA_LOSS
drop table "audit"."entries";

-- step 5 | drop schema audit | hazards: DATA_LOSS
drop schema if exists "audit";
