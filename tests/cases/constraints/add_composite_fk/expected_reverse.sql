-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.tasks.tasks_project_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tasks" drop constraint "tasks_project_fkey";
