-- step 1 | drop policy public.notes.notes_edit | hazards: SECURITY
drop policy "notes_edit" on "public"."notes";

-- step 2 | create policy public.notes.notes_edit | hazards: SECURITY
create policy "notes_edit"
on "public"."notes"
as permissive
for update
to "sdcase_app"
using ((owner_name = CURRENT_USER));
