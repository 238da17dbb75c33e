create table public.t (id integer primary key);
create type public.mood as enum ('sad', 'happy');
revoke usage on type public.mood from public;
grant usage on type public.mood to sdcase_reader;
create domain public.positive as integer check (value > 0);
revoke usage on domain public.positive from public;
