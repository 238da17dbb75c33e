-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.loud_people | hazards: -
drop view if exists "public"."loud_people";

-- step 2 | drop function public.shout | hazards: -
drop function if exists "public"."shout"(t text);

-- step 3 | create view public.loud_people | hazards: -
create or replace view "public"."loud_people" as  SELECT people.id,
    upper(people.name) AS name
   FROM people;
