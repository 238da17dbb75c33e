-- step 1 | create constraint public.tasks.tasks_project_fkey | hazards: -
alter table "public"."tasks" add constraint "tasks_project_fkey" FOREIGN KEY (org_id, project_id) REFERENCES projects(org_id, id) ON DELETE CASCADE not valid;

-- step 2 | alter constraint public.tasks.tasks_project_fkey | hazards: -
alter table "public"."tasks" validate constraint "tasks_project_fkey";
