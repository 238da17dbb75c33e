-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.employee_names | hazards: -
create or replace view "public"."employee_names" as  SELECT id,
    name
   FROM employees;
