-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create policy public.notes.notes_update | hazards: ACCESS_WIDENED
create policy "notes_update"
on "public"."notes"
as permissive
for update
to public
using ((owner_name = CURRENT_USER))
with check ((owner_name = CURRENT_USER));
