-- step 1 | create policy public.notes.notes_delete | hazards: SECURITY
create policy "notes_delete"
on "public"."notes"
as permissive
for delete
to public
using ((owner_name = CURRENT_USER));
