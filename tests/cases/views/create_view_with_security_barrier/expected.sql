-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.public_staff | hazards: ACCESS_WIDENED
create or replace view "public"."public_staff" with (security_barrier=true) as  SELECT id,
    name
   FROM employees
  WHERE (department IS NOT NULL);
