-- step 1 | drop policy public.notes.notes_read | hazards: SECURITY
drop policy "notes_read" on "public"."notes";
