-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.can_read_note | hazards: -
CREATE OR REPLACE FUNCTION public.can_read_note(owner text)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$ select owner = current_user $function$;

-- step 3 | alter policy public.notes.notes_read | hazards: ACCESS_WIDENED
alter policy "notes_read" on "public"."notes"
to "sdcase_app";
