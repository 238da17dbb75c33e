-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.staff | hazards: -
create or replace view "public"."staff" as  SELECT employees.id,
    employees.name,
    employees.department
   FROM employees;
