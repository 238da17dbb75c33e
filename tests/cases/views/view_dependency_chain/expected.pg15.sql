-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.staff | hazards: -
create or replace view "public"."staff" as  SELECT employees.id,
    employees.name,
    employees.department,
    employees.salary
   FROM employees
  WHERE (employees.department IS NOT NULL);

-- step 2 | create view public.staff_by_department | hazards: -
create or replace view "public"."staff_by_department" as  SELECT staff.department,
    count(*) AS headcount,
    sum(staff.salary) AS payroll
   FROM staff
  GROUP BY staff.department;
