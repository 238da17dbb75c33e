-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.roster | hazards: -
drop materialized view if exists "public"."roster";

-- step 2 | drop view public.staff | hazards: -
drop view if exists "public"."staff";

-- step 3 | create view public.roster | hazards: -
create materialized view "public"."roster" as  SELECT id,
    name,
    department
   FROM employees;

-- step 4 | create view public.staff | hazards: -
create or replace view "public"."staff" as  SELECT id,
    name
   FROM employees;

-- step 5 | create privilege select on table public.roster to sdcase_reader | hazards: ACCESS_WIDENED
grant select on table public.roster to sdcase_reader;

-- step 6 | create privilege select on table public.staff to sdcase_reader | hazards: ACCESS_WIDENED
grant select on table public.staff to sdcase_reader;

-- step 7 | create comment materialized view public.roster | hazards: -
comment on materialized view public.roster is 'refreshed nightly';

-- step 8 | create comment view public.staff | hazards: -
comment on view public.staff is 'who works here';

-- step 9 | create comment column public.staff.name | hazards: -
comment on column public.staff.name is 'as on the badge';
