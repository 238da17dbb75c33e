-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.people_list | hazards: -
create or replace view "public"."people_list" as  SELECT id,
    name,
    email
   FROM people;
