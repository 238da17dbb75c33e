-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_read | hazards: ACCESS_NARROWED
drop policy "notes_read" on "public"."notes";

-- step 2 | drop function public.can_read_note | hazards: -
drop function if exists "public"."can_read_note"(owner text, viewer text);

-- step 3 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 4 | create function public.can_read_note | hazards: -
CREATE OR REPLACE FUNCTION public.can_read_note(owner text)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$ select owner = current_user $function$;

-- step 5 | create policy public.notes.notes_read | hazards: ACCESS_WIDENED
create policy "notes_read"
on "public"."notes"
as permissive
for select
to "sdcase_app"
using (can_read_note(owner_name));
