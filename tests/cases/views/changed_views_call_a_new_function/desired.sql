-- Two views start calling a new function: one keeps its columns (replaced in place; the view
-- that reads it stays), one loses a column (dropped and created again, with the view that reads
-- it). The other way round the function goes once the views no longer call it: both views are
-- dropped and created again, with the views that read them (what needed a dropped function is
-- not replaced in place), the function dropped after them.
create table public.people (
    id integer primary key,
    name text not null,
    email text not null
);
create function public.shout(t text) returns text language sql immutable
    return upper(t);
create view public.names as
    select id, public.shout(name) as name from public.people;
create view public.contacts as
    select id, public.shout(email) as email from public.people;
create view public.contact_count as
    select count(*) as n from public.contacts;
create view public.name_list as
    select name from public.names;
