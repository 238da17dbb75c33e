create table public.bookings (
    id integer primary key,
    during tstzrange not null,
    status varchar(20) not null
);
