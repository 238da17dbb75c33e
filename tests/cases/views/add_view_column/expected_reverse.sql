-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.staff | hazards: -
drop view if exists "public"."staff";

-- step 2 | create view public.staff | hazards: -
create or replace view "public"."staff" as  SELECT id,
    name
   FROM employees;
