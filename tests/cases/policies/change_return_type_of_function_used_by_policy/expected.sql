-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_read | hazards: ACCESS_NARROWED
drop policy "notes_read" on "public"."notes";

-- step 2 | drop function public.note_level | hazards: -
drop function if exists "public"."note_level"(owner integer);

-- step 3 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 4 | create function public.note_level | hazards: -
CREATE OR REPLACE FUNCTION public.note_level(owner integer)
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ select owner % 3 $function$;

-- step 5 | create policy public.notes.notes_read | hazards: ACCESS_WIDENED
create policy "notes_read"
on "public"."notes"
as permissive
for select
to public
using ((note_level(owner_id) = 1));
