-- Two views start calling a new function: one keeps its columns (replaced in place), one loses
-- a column (dropped and created again, with the view that reads it). The other way round the
-- function goes once the views no longer call it.
create table public.people (
    id integer primary key,
    name text not null,
    email text not null
);
create view public.names as
    select id, name from public.people;
create view public.contacts as
    select id, name, email from public.people;
create view public.contact_count as
    select count(*) as n from public.contacts;
