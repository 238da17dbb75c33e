-- A temporal foreign key (PERIOD) whose period column changes: dropped and added again as any
-- changed foreign key, on either path (migra writes it from its definition).
create table public.rooms (
    id integer not null,
    valid_at tstzrange not null,
    constraint rooms_pkey primary key (id, valid_at without overlaps)
);
create table public.bookings (
    id integer primary key,
    room integer not null,
    during tstzrange not null,
    booked_for tstzrange not null,
    constraint bookings_room_fkey foreign key (room, period during) references public.rooms (id, period valid_at)
);
