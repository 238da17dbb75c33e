-- step 1 | drop policy public.notes.notes_write | hazards: SECURITY
drop policy "notes_write" on "public"."notes";

-- step 2 | create policy public.notes.notes_write | hazards: SECURITY
create policy "notes_write"
on "public"."notes"
as permissive
for insert
to public
with check ((owner_name = CURRENT_USER));
