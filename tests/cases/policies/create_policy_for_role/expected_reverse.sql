-- step 1 | drop policy public.notes.notes_app | hazards: SECURITY
drop policy "notes_app" on "public"."notes";
