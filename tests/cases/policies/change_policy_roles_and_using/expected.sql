-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter policy public.notes.notes_read | hazards: ACCESS_WIDENED
alter policy "notes_read" on "public"."notes"
to "sdcase_app", "sdcase_admin"
using (((owner_name = CURRENT_USER) OR (owner_name = 'shared'::text)));
