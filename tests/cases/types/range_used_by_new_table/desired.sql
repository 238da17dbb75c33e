create type public.floatrange as range (subtype = float8, subtype_diff = float8mi);
create table public.readings (
    id integer primary key,
    span public.floatrange
);
