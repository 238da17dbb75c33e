-- step 1 | alter policy public.notes.notes_edit | hazards: SECURITY
alter policy "notes_edit" on "public"."notes"
with check (((owner_name = CURRENT_USER) AND (body IS NOT NULL)));
