-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.engineering | hazards: -
create or replace view "public"."engineering" with (check_option=cascaded) as  SELECT employees.id,
    employees.name,
    employees.department
   FROM employees
  WHERE (employees.department = 'engineering'::text);
