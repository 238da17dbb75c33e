-- step 1 | drop policy public.notes.notes_read | hazards: SECURITY
drop policy "notes_read" on "public"."notes";

-- step 2 | alter column public.notes.owner_name | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" alter column "owner_name" set data type text using "owner_name"::text;

-- step 3 | create policy public.notes.notes_read | hazards: SECURITY
create policy "notes_read"
on "public"."notes"
as permissive
for select
to "sdcase_app", "sdcase_admin"
using ((owner_name = CURRENT_USER));
