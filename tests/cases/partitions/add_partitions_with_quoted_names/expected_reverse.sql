-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table App Data.Events 2026 | hazards: DATA_LOSS
drop table "App Data"."Events 2026";

-- step 2 | drop table App Data.Events Old | hazards: DATA_LOSS
drop table "App Data"."Events Old";
