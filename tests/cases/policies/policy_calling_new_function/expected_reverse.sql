-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_read | hazards: ACCESS_NARROWED
drop policy "notes_read" on "public"."notes";

-- step 2 | drop function public.can_read_note | hazards: -
drop function if exists "public"."can_read_note"(owner text);
