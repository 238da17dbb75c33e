create table public.people (id integer primary key, name text not null);
create function public.shout(t text) returns text language sql immutable as $$ select upper(t) $$;
create view public.loud_people as select id, public.shout(name) as name from public.people;
