-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename policy public.notes.notes_select_own to own_notes | hazards: BACKWARD_INCOMPATIBLE
alter policy "notes_select_own" on "public"."notes" rename to "own_notes";
