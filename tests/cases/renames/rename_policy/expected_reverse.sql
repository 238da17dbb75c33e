-- step 1 | rename policy public.notes.notes_select_own to own_notes | hazards: BACKWARD_INCOMPATIBLE
alter policy "notes_select_own" on "public"."notes" rename to "own_notes";
