-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create policy public.notes.notes_all | hazards: ACCESS_WIDENED
create policy "notes_all"
on "public"."notes"
as permissive
for all
to public
using ((owner_name = CURRENT_USER));
