create table public.rooms (
    id integer not null,
    valid_at tstzrange not null,
    name text,
    constraint rooms_pkey primary key (id, valid_at without overlaps)
);
