-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_insert | hazards: ACCESS_NARROWED
drop policy "notes_insert" on "public"."notes";
