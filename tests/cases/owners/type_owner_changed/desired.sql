create type public.mood as enum ('sad', 'ok', 'happy');
alter type public.mood owner to sdcase_owner_b;
create domain public.positive as integer check (value > 0);
alter domain public.positive owner to sdcase_owner_b;
create type public.point2 as (x double precision, y double precision);
alter type public.point2 owner to sdcase_owner_b;
create type public.span as range (subtype = integer);
alter type public.span owner to sdcase_owner_b;
