create table public.bookings (
    id integer primary key,
    during tstzrange not null,
    status varchar(20) not null,
    constraint bookings_no_overlap exclude using gist (during with &&) where (status in ('booked', 'held'))
);
