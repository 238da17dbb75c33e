-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_edit | hazards: ACCESS_NARROWED
drop policy "notes_edit" on "public"."notes";

-- step 2 | create policy public.notes.notes_edit | hazards: ACCESS_WIDENED
create policy "notes_edit"
on "public"."notes"
as permissive
for update
to "sdcase_app"
using ((owner_name = CURRENT_USER));
