-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.department_payroll | hazards: -
drop materialized view if exists "public"."department_payroll";

-- step 2 | create view public.department_payroll | hazards: -
create materialized view "public"."department_payroll" as  SELECT employees.department,
    sum(employees.salary) AS payroll,
    count(*) AS headcount
   FROM employees
  GROUP BY employees.department;
