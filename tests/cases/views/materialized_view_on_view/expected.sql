-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.staff_snapshot | hazards: -
create materialized view "public"."staff_snapshot" as  SELECT id,
    name,
    salary
   FROM staff;
