-- step 1 | create policy public.notes.notes_all | hazards: SECURITY
create policy "notes_all"
on "public"."notes"
as permissive
for all
to public
using ((owner_name = CURRENT_USER));
