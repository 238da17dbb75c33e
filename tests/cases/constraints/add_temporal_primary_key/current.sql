create table public.rooms (
    id integer not null,
    valid_at tstzrange not null,
    name text
);
