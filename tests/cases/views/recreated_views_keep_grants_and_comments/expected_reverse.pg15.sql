-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.roster | hazards: -
drop materialized view if exists "public"."roster";

-- step 2 | create view public.roster | hazards: -
create materialized view "public"."roster" as  SELECT employees.id,
    employees.name
   FROM employees;

-- step 3 | create view public.staff | hazards: -
create or replace view "public"."staff" as  SELECT employees.id,
    employees.name,
    employees.department
   FROM employees;

-- step 4 | create privilege select on table public.roster to sdcase_reader | hazards: ACCESS_WIDENED
grant select on table public.roster to sdcase_reader;

-- step 5 | create comment materialized view public.roster | hazards: -
comment on materialized view public.roster is 'refreshed nightly';
