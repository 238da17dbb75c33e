-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_owner_only | hazards: ACCESS_WIDENED
drop policy "notes_owner_only" on "public"."notes";
