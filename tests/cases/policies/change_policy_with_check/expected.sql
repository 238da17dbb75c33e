-- step 1 | alter policy public.notes.notes_write | hazards: SECURITY
alter policy "notes_write" on "public"."notes"
with check (((owner_name = CURRENT_USER) AND (body IS NOT NULL)));
