-- step 1 | alter policy public.notes.notes_owner | hazards: SECURITY
alter policy "notes_owner" on "public"."notes"
using (((owner_name = CURRENT_USER) OR (owner_name = 'shared'::text)));
