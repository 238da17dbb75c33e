-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.teams.teams_write | hazards: ACCESS_NARROWED
drop policy "teams_write" on "public"."teams";

-- step 2 | drop policy public.tasks.tasks_read | hazards: ACCESS_NARROWED
drop policy "tasks_read" on "public"."tasks";

-- step 3 | drop policy public.teams.teams_read | hazards: ACCESS_NARROWED
drop policy "teams_read" on "public"."teams";

-- step 4 | alter column public.teams.owner_id | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."teams" alter column "owner_id" set data type integer using "owner_id"::integer;

-- step 5 | create policy public.teams.teams_write | hazards: ACCESS_WIDENED
create policy "teams_write"
on "public"."teams"
as permissive
for update
to public
using ((owner_id > 1));

-- step 6 | create policy public.tasks.tasks_read | hazards: ACCESS_WIDENED
create policy "tasks_read"
on "public"."tasks"
as permissive
for select
to public
using ((EXISTS ( SELECT
   FROM teams t
  WHERE ((t.id = tasks.team_id) AND (t.owner_id > 0)))));

-- step 7 | create policy public.teams.teams_read | hazards: ACCESS_WIDENED
create policy "teams_read"
on "public"."teams"
as permissive
for select
to public
using ((owner_id > 0));

-- step 8 | create comment policy teams_read on public.teams | hazards: -
comment on policy teams_read on public.teams is 'owners only';
