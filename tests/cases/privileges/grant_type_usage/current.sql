create type public.mood as enum ('sad', 'happy');
create domain public.positive as integer check (value > 0);
create type public.pair as (a integer, b integer);
create type public.floatrange as range (subtype = float8);
