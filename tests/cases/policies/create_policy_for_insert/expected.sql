-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create policy public.notes.notes_insert | hazards: ACCESS_WIDENED
create policy "notes_insert"
on "public"."notes"
as permissive
for insert
to public
with check ((owner_name = CURRENT_USER));
