-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter policy public.notes.notes_owner | hazards: ACCESS_WIDENED
alter policy "notes_owner" on "public"."notes"
using (((owner_name = CURRENT_USER) OR (owner_name = 'shared'::text)));
