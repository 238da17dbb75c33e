-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create policy public.notes.notes_owner_only | hazards: ACCESS_NARROWED
create policy "notes_owner_only"
on "public"."notes"
as restrictive
for all
to public
using ((owner_name = CURRENT_USER));
