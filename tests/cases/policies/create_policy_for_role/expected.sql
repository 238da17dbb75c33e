-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create policy public.notes.notes_app | hazards: ACCESS_WIDENED
create policy "notes_app"
on "public"."notes"
as permissive
for select
to "sdcase_app"
using (true);
