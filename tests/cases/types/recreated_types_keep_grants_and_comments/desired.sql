-- An enum that loses a label is created again under its name (the old one renamed, then
-- dropped), a composite type whose attributes move is dropped and created again: their grants
-- (PUBLIC's USAGE revoked) and comments must come back.
create type public.mood as enum ('ok', 'bad');
comment on type public.mood is 'how it feels';
revoke usage on type public.mood from public;
grant usage on type public.mood to sdcase_reader;
create table public.entries (id integer primary key, feeling public.mood);
create type public.address as (city text, street text);
comment on type public.address is 'where it is';
revoke usage on type public.address from public;
grant usage on type public.address to sdcase_reader;
