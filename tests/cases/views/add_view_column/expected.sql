-- step 1 | create view public.staff | hazards: -
create or replace view "public"."staff" as  SELECT id,
    name,
    department
   FROM employees;
