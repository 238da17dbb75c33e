-- step 1 | create policy public.notes.notes_owner_only | hazards: SECURITY
create policy "notes_owner_only"
on "public"."notes"
as restrictive
for all
to public
using ((owner_name = CURRENT_USER));
