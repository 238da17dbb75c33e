-- step 1 | drop policy public.notes.notes_delete | hazards: SECURITY
drop policy "notes_delete" on "public"."notes";
