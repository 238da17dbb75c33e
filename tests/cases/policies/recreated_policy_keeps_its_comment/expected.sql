-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.own_notes | hazards: ACCESS_NARROWED
drop policy "own_notes" on "public"."notes";

-- step 2 | create policy public.notes.own_notes | hazards: ACCESS_WIDENED
create policy "own_notes"
on "public"."notes"
as permissive
for update
to public
using ((author = CURRENT_USER));

-- step 3 | create comment policy own_notes on public.notes | hazards: -
comment on policy own_notes on public.notes is 'each sees their own';
