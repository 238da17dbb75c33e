-- step 1 | drop policy public.notes.notes_staff | hazards: SECURITY
drop policy "notes_staff" on "public"."notes";

-- step 2 | create policy public.notes.notes_staff | hazards: SECURITY
create policy "notes_staff"
on "public"."notes"
as permissive
for select
to sdcase_app, sdcase_admin
using (true);
