-- step 1 | create policy public.notes.notes_select | hazards: SECURITY
create policy "notes_select"
on "public"."notes"
as permissive
for select
to public
using ((owner_name = CURRENT_USER));
