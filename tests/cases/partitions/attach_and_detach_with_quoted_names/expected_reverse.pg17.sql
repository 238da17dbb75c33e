-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table App Data.Events 2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "App Data"."Events" detach partition "App Data"."Events 2026";
