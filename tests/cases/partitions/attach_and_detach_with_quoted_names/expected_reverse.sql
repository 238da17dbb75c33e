-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table App Data.Events 2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "App Data"."Events" detach partition "App Data"."Events 2026";

-- step 2 | alter constraint App Data.Events 2026.Events 2026_Day_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "App Data"."Events 2026" rename constraint "Events_Day_not_null" to "Events 2026_Day_not_null";

-- step 3 | alter constraint App Data.Events 2026.Events 2026_Id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "App Data"."Events 2026" rename constraint "Events_Id_not_null" to "Events 2026_Id_not_null";
