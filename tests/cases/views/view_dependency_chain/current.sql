create table public.employees (
    id integer primary key,
    name text not null,
    salary numeric(10, 2) not null,
    department text
);

create view public.staff as
    select id, name, department from public.employees;
create view public.staff_by_department as
    select department, count(*) as headcount from public.staff group by department;
create view public.largest_departments as
    select department from public.staff_by_department where headcount > 10;
