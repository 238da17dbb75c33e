-- step 1 | drop policy public.notes.notes_select | hazards: SECURITY
drop policy "notes_select" on "public"."notes";
