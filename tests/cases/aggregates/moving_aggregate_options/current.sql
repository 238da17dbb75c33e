create table public.readings (
    id integer primary key,
    value integer not null
);
