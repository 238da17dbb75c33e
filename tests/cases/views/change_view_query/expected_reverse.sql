-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.well_paid | hazards: -
create or replace view "public"."well_paid" as  SELECT id,
    name
   FROM employees
  WHERE (salary > (100000)::numeric);
