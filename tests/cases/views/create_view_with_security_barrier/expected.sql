-- step 1 | create view public.public_staff | hazards: SECURITY
create or replace view "public"."public_staff" with (security_barrier=true) as  SELECT id,
    name
   FROM employees
  WHERE (department IS NOT NULL);
