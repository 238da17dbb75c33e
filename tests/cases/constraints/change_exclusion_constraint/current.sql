create table public.bookings (
    id integer primary key,
    room integer not null,
    during tstzrange not null,
    status text not null default 'booked',
    constraint bookings_no_overlap exclude using gist (room with =, during with &&) where (status = 'booked')
);
