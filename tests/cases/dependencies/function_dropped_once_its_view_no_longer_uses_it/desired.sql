create table public.people (id integer primary key, name text not null);
create view public.loud_people as select id, upper(name) as name from public.people;
