-- step 1 | drop policy public.notes.notes_read | hazards: SECURITY
drop policy "notes_read" on "public"."notes";

-- step 2 | drop function public.can_read_note | hazards: -
drop function if exists "public"."can_read_note"(owner text);
