-- step 1 | create view public.well_paid | hazards: -
create or replace view "public"."well_paid" as  SELECT id,
    name
   FROM employees
  WHERE (salary > (100000)::numeric);
