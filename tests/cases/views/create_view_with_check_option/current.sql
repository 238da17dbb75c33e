create table public.employees (
    id integer primary key,
    name text not null,
    salary numeric(10, 2) not null,
    department text
);
