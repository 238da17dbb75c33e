-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.contact_count | hazards: -
drop view if exists "public"."contact_count";

-- step 2 | drop view public.contacts | hazards: -
drop view if exists "public"."contacts";

-- step 3 | drop view public.name_list | hazards: -
drop view if exists "public"."name_list";

-- step 4 | drop view public.names | hazards: -
drop view if exists "public"."names";

-- step 5 | drop function public.shout | hazards: -
drop function if exists "public"."shout"(t text);

-- step 6 | create view public.contacts | hazards: -
create or replace view "public"."contacts" as  SELECT people.id,
    people.name,
    people.email
   FROM people;

-- step 7 | create view public.names | hazards: -
create or replace view "public"."names" as  SELECT people.id,
    people.name
   FROM people;

-- step 8 | create view public.contact_count | hazards: -
create or replace view "public"."contact_count" as  SELECT count(*) AS n
   FROM contacts;

-- step 9 | create view public.name_list | hazards: -
create or replace view "public"."name_list" as  SELECT names.name
   FROM names;
