-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter constraint App Data.Events 2026.Events_Day_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "App Data"."Events 2026" rename constraint "Events 2026_Day_not_null" to "Events_Day_not_null";

-- step 2 | alter constraint App Data.Events 2026.Events_Id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "App Data"."Events 2026" rename constraint "Events 2026_Id_not_null" to "Events_Id_not_null";

-- step 3 | alter table App Data.Events 2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "App Data"."Events" attach partition "App Data"."Events 2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
