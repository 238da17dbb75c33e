-- step 1 | create view public.public_staff | hazards: SECURITY
create or replace view "public"."public_staff" with (security_barrier=true) as  SELECT employees.id,
    employees.name
   FROM employees
  WHERE (employees.department IS NOT NULL);
