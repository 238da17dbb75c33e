-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.payroll | hazards: -
drop view if exists "public"."payroll";

-- step 2 | drop view public.staff | hazards: -
drop view if exists "public"."staff";

-- step 3 | alter column public.employees.salary | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."employees" alter column "salary" set data type numeric(10,2) using "salary"::numeric(10,2);

-- step 4 | create view public.staff | hazards: -
create or replace view "public"."staff" as  SELECT employees.id,
    employees.name,
    employees.salary
   FROM employees;

-- step 5 | create view public.payroll | hazards: -
create or replace view "public"."payroll" as  SELECT sum(staff.salary) AS total
   FROM staff;
