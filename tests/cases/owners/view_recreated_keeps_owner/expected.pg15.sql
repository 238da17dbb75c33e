-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.people_list | hazards: -
drop view if exists "public"."people_list";

-- step 2 | create view public.people_list | hazards: -
create or replace view "public"."people_list" as  SELECT people.id,
    people.name
   FROM people;

-- step 3 | alter owner view public.people_list | hazards: ACCESS_WIDENED
alter view "public"."people_list" owner to "sdcase_owner_a";
