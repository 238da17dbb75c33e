-- step 1 | create view public.well_paid | hazards: -
create or replace view "public"."well_paid" as  SELECT employees.id,
    employees.name
   FROM employees
  WHERE (employees.salary > (150000)::numeric);
