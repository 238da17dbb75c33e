-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter policy public.notes.notes_edit | hazards: ACCESS_WIDENED
alter policy "notes_edit" on "public"."notes"
with check (((owner_name = CURRENT_USER) AND (body IS NOT NULL)));
