-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint Room Plans.closures.closures_no_overlap | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Room Plans"."closures" drop constraint "closures_no_overlap";

-- step 2 | drop constraint Room Plans.holds.one hold at a time | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Room Plans"."holds" drop constraint "one hold at a time";

-- step 3 | drop table Room Plans.closures | hazards: DATA_LOSS
drop table "Room Plans"."closures";

-- step 4 | create constraint Room Plans.Bookings.no double booking | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "Room Plans"."Bookings" add constraint "no double booking" EXCLUDE USING gist ("Room" WITH =, during WITH &&);
