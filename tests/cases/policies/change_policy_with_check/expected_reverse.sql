-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter policy public.notes.notes_write | hazards: ACCESS_WIDENED
alter policy "notes_write" on "public"."notes"
with check ((owner_name = CURRENT_USER));
