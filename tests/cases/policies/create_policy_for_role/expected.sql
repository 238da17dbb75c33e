-- step 1 | create policy public.notes.notes_app | hazards: SECURITY
create policy "notes_app"
on "public"."notes"
as permissive
for select
to "sdcase_app"
using (true);
