create schema "Room Plans";
create table "Room Plans"."Bookings" (
    id integer primary key,
    "Room" integer not null,
    during tstzrange not null,
    constraint "no double booking" exclude using gist ("Room" with =, during with &&)
);
create table "Room Plans".holds (
    id integer primary key,
    "Room" integer not null,
    during tstzrange not null
);
