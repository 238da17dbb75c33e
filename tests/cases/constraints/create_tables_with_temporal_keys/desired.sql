create table public.unrelated (id integer primary key);
create table public.rooms (
    id integer not null,
    valid_at daterange not null,
    constraint rooms_pkey primary key (id, valid_at without overlaps)
);
create table public.bookings (
    id integer not null,
    room integer not null,
    during daterange not null,
    constraint bookings_pkey primary key (id, during without overlaps),
    constraint bookings_room_fkey foreign key (room, period during) references public.rooms (id, period valid_at)
);
