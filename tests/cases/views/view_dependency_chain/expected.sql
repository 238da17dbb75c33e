-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.staff | hazards: -
create or replace view "public"."staff" as  SELECT id,
    name,
    department,
    salary
   FROM employees
  WHERE (department IS NOT NULL);

-- step 2 | create view public.staff_by_department | hazards: -
create or replace view "public"."staff_by_department" as  SELECT department,
    count(*) AS headcount,
    sum(salary) AS payroll
   FROM staff
  GROUP BY department;
