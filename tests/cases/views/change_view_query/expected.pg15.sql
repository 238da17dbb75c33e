-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.well_paid | hazards: -
create or replace view "public"."well_paid" as  SELECT employees.id,
    employees.name
   FROM employees
  WHERE (employees.salary > (150000)::numeric);
