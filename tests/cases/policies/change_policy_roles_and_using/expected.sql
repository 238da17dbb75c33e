-- step 1 | alter policy public.notes.notes_read | hazards: SECURITY
alter policy "notes_read" on "public"."notes"
to "sdcase_app", "sdcase_admin"
using (((owner_name = CURRENT_USER) OR (owner_name = 'shared'::text)));
