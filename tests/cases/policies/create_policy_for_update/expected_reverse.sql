-- step 1 | drop policy public.notes.notes_update | hazards: SECURITY
drop policy "notes_update" on "public"."notes";
