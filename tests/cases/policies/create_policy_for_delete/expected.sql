-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create policy public.notes.notes_delete | hazards: ACCESS_WIDENED
create policy "notes_delete"
on "public"."notes"
as permissive
for delete
to public
using ((owner_name = CURRENT_USER));
