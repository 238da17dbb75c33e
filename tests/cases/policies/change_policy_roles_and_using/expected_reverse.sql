-- step 1 | alter policy public.notes.notes_read | hazards: SECURITY
alter policy "notes_read" on "public"."notes"
to "sdcase_app"
using ((owner_name = CURRENT_USER));
