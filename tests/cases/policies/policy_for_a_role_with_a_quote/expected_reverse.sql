-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_odd | hazards: ACCESS_NARROWED
drop policy "notes_odd" on "public"."notes";
