create table public.rooms (
    id integer not null,
    valid_at tstzrange not null,
    constraint rooms_pkey primary key (id, valid_at without overlaps)
);
create table public.bookings (
    id integer primary key,
    room integer not null,
    during tstzrange not null
);
