-- step 1 | drop policy public.notes.notes_owner | hazards: SECURITY
drop policy "notes_owner" on "public"."notes";

-- step 2 | create policy public.notes.notes_owner | hazards: SECURITY
create policy "notes_owner"
on "public"."notes"
as permissive
for all
to public
using (((owner_name = CURRENT_USER) OR (owner_name = 'shared'::text)));
