-- A view that loses a column and a materialized view whose query changes are dropped and
-- created again: their grants and comments (the view's, its columns') must come back.
create table public.employees (
    id integer primary key,
    name text not null,
    department text
);
create view public.staff as
    select id, name, department from public.employees;
grant select on public.staff to sdcase_reader;
comment on view public.staff is 'who works here';
comment on column public.staff.name is 'as on the badge';
create materialized view public.roster as
    select id, name from public.employees;
grant select on public.roster to sdcase_reader;
comment on materialized view public.roster is 'refreshed nightly';
