-- step 1 | drop policy public.notes.notes_owner_only | hazards: SECURITY
drop policy "notes_owner_only" on "public"."notes";
