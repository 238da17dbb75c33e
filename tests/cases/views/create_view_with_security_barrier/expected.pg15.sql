-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.public_staff | hazards: ACCESS_WIDENED
create or replace view "public"."public_staff" with (security_barrier=true) as  SELECT employees.id,
    employees.name
   FROM employees
  WHERE (employees.department IS NOT NULL);
