-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.task_count | hazards: -
drop materialized view if exists "public"."task_count";

-- step 2 | drop view public.task_titles | hazards: -
drop view if exists "public"."task_titles";

-- step 3 | drop column public.tasks.done | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."tasks" drop column "done";

-- step 4 | drop column public.tasks.due | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."tasks" drop column "due";

-- step 5 | create view public.task_count | hazards: -
create materialized view "public"."task_count" as  SELECT count(*) AS n
   FROM tasks;

-- step 6 | create view public.task_titles | hazards: -
create or replace view "public"."task_titles" as  SELECT tasks.id,
    tasks.title
   FROM tasks;
