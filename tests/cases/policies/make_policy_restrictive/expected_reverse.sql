-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_owner | hazards: ACCESS_WIDENED
drop policy "notes_owner" on "public"."notes";

-- step 2 | create policy public.notes.notes_owner | hazards: ACCESS_WIDENED
create policy "notes_owner"
on "public"."notes"
as permissive
for all
to public
using ((owner_name = CURRENT_USER));
