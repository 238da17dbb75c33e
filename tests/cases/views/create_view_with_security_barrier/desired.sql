create table public.employees (
    id integer primary key,
    name text not null,
    salary numeric(10, 2) not null,
    department text
);
create view public.public_staff with (security_barrier) as
    select id, name from public.employees where department is not null;
