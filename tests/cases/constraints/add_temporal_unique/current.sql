create table public.bookings (
    id integer primary key,
    room integer not null,
    during tstzrange not null
);
