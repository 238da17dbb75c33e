-- step 1 | drop policy public.notes.notes_all | hazards: SECURITY
drop policy "notes_all" on "public"."notes";
