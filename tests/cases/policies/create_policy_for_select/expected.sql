-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create policy public.notes.notes_select | hazards: ACCESS_WIDENED
create policy "notes_select"
on "public"."notes"
as permissive
for select
to public
using ((owner_name = CURRENT_USER));
