create schema "Room Plans";
create table "Room Plans"."Bookings" (
    id integer primary key,
    "Room" integer not null,
    during tstzrange not null
);
create table "Room Plans".holds (
    id integer primary key,
    "Room" integer not null,
    during tstzrange not null,
    constraint "one hold at a time" exclude using gist ("Room" with =, during with &&) where (not isempty(during))
);
create table "Room Plans".closures (
    "Room" integer not null,
    during tstzrange not null,
    constraint closures_no_overlap exclude using gist ("Room" with =, during with &&)
);
