create table public.employees (
    id integer primary key,
    name text not null,
    salary numeric(10, 2) not null,
    department text,
    legacy_flag boolean
);
create view public.flags as
    select id, legacy_flag from public.employees;
