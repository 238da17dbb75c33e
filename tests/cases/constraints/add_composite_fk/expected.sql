-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.tasks.tasks_project_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."tasks" add constraint "tasks_project_fkey" FOREIGN KEY (org_id, project_id) REFERENCES projects(org_id, id) ON DELETE CASCADE not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.tasks.tasks_project_fkey | hazards: LONG_VALIDATION
alter table "public"."tasks" validate constraint "tasks_project_fkey";
