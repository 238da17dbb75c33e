-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.tasks.due | hazards: -
alter table "public"."tasks" add column "due" date;

-- step 2 | create column public.tasks.done | hazards: -
alter table "public"."tasks" add column "done" boolean not null default false;
