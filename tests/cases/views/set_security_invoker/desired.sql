create table public.employees (
    id integer primary key,
    name text not null,
    salary numeric(10, 2) not null,
    department text
);
create view public.staff with (security_invoker = true) as
    select id, name from public.employees;
