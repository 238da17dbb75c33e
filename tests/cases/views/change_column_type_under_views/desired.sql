create table public.employees (
    id integer primary key,
    name text not null,
    salary numeric(12, 2) not null,
    department text
);

create view public.staff as
    select id, name, salary from public.employees;
create view public.payroll as
    select sum(salary) as total from public.staff;
