-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint Room Plans.Bookings.no double booking | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Room Plans"."Bookings" drop constraint "no double booking";

-- step 2 | create table Room Plans.closures | hazards: -
create table "Room Plans"."closures" (
    "Room" integer not null,
    "during" tstzrange not null
);

-- step 3 | create constraint Room Plans.closures.closures_no_overlap | hazards: -
alter table "Room Plans"."closures" add constraint "closures_no_overlap" EXCLUDE USING gist ("Room" WITH =, during WITH &&);

-- step 4 | create constraint Room Plans.holds.one hold at a time | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "Room Plans"."holds" add constraint "one hold at a time" EXCLUDE USING gist ("Room" WITH =, during WITH &&) WHERE ((NOT isempty(during)));
