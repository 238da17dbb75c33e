-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create policy public.notes.notes_odd | hazards: ACCESS_WIDENED
create policy "notes_odd"
on "public"."notes"
as permissive
for select
to "sdcase_odd""role"
using ((owner = CURRENT_USER));
