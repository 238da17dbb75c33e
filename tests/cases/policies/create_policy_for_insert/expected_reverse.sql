-- step 1 | drop policy public.notes.notes_insert | hazards: SECURITY
drop policy "notes_insert" on "public"."notes";
