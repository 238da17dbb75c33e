-- step 1 | create policy public.notes.notes_read | hazards: SECURITY
create policy "notes_read"
on "public"."notes"
as permissive
for select
to public
using (true);
