-- An exclusion constraint whose predicate changes (held rooms block others too) is dropped and
-- added again; its index goes and comes with it, with no statement of its own.
create table public.bookings (
    id integer primary key,
    room integer not null,
    during tstzrange not null,
    status text not null default 'booked',
    constraint bookings_no_overlap exclude using gist (room with =, during with &&) where (status <> 'cancelled')
);
