-- step 1 | create view public.staff | hazards: -
create or replace view "public"."staff" as  SELECT employees.id,
    employees.name,
    employees.department
   FROM employees;
