-- step 1 | drop index public.department_payroll_department_idx | hazards: -
drop index if exists "public"."department_payroll_department_idx";
