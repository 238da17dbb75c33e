-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename policy public.notes.own_notes to notes_select_own | hazards: BACKWARD_INCOMPATIBLE
alter policy "own_notes" on "public"."notes" rename to "notes_select_own";
