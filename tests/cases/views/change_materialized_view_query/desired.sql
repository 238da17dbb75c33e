create table public.employees (
    id integer primary key,
    name text not null,
    salary numeric(10, 2) not null,
    department text
);
create materialized view public.department_payroll as
    select department, sum(salary) as payroll, count(*) as headcount from public.employees group by department;
