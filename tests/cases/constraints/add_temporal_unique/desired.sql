create table public.bookings (
    id integer primary key,
    room integer not null,
    during tstzrange not null,
    constraint bookings_room_during_key unique (room, during without overlaps)
);
