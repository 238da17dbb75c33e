create table public.points (
    id integer primary key,
    x integer not null
);
