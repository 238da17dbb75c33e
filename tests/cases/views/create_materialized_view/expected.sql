-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.department_payroll | hazards: -
create materialized view "public"."department_payroll" as  SELECT department,
    sum(salary) AS payroll
   FROM employees
  GROUP BY department;
