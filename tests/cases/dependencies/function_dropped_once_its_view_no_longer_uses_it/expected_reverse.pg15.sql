-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.shout | hazards: -
CREATE OR REPLACE FUNCTION public.shout(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select upper(t) $function$;

-- step 3 | create view public.loud_people | hazards: -
create or replace view "public"."loud_people" as  SELECT people.id,
    shout(people.name) AS name
   FROM people;
