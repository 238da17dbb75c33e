-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.shout | hazards: -
CREATE OR REPLACE FUNCTION public.shout(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
RETURN upper(t);

-- step 3 | drop view public.contact_count | hazards: -
drop view if exists "public"."contact_count";

-- step 4 | drop view public.contacts | hazards: -
drop view if exists "public"."contacts";

-- step 5 | create view public.contacts | hazards: -
create or replace view "public"."contacts" as  SELECT people.id,
    shout(people.email) AS email
   FROM people;

-- step 6 | create view public.names | hazards: -
create or replace view "public"."names" as  SELECT people.id,
    shout(people.name) AS name
   FROM people;

-- step 7 | create view public.contact_count | hazards: -
create or replace view "public"."contact_count" as  SELECT count(*) AS n
   FROM contacts;
