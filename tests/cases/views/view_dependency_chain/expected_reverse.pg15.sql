-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.largest_departments | hazards: -
drop view if exists "public"."largest_departments";

-- step 2 | drop view public.staff_by_department | hazards: -
drop view if exists "public"."staff_by_department";

-- step 3 | drop view public.staff | hazards: -
drop view if exists "public"."staff";

-- step 4 | create view public.staff | hazards: -
create or replace view "public"."staff" as  SELECT employees.id,
    employees.name,
    employees.department
   FROM employees;

-- step 5 | create view public.staff_by_department | hazards: -
create or replace view "public"."staff_by_department" as  SELECT staff.department,
    count(*) AS headcount
   FROM staff
  GROUP BY staff.department;

-- step 6 | create view public.largest_departments | hazards: -
create or replace view "public"."largest_departments" as  SELECT staff_by_department.department
   FROM staff_by_department
  WHERE (staff_by_department.headcount > 10);
