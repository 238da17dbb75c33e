create table public.people (id integer primary key, name text not null, email text);
create view public.people_list as select id, name from public.people;
alter view public.people_list owner to sdcase_owner_a;
