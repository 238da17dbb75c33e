-- step 1 | create view public.employee_names | hazards: -
create or replace view "public"."employee_names" as  SELECT employees.id,
    employees.name
   FROM employees;
