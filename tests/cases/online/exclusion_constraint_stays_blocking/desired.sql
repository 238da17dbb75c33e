create table public.bookings (id integer primary key, room integer not null, during tstzrange not null,
    constraint bookings_no_overlap exclude using gist (room with =, during with &&));
