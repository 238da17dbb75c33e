-- step 1 | create policy public.notes.notes_insert | hazards: SECURITY
create policy "notes_insert"
on "public"."notes"
as permissive
for insert
to public
with check ((owner_name = CURRENT_USER));
