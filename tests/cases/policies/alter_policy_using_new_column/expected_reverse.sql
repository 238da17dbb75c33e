-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_read | hazards: ACCESS_NARROWED
drop policy "notes_read" on "public"."notes";

-- step 2 | drop column public.notes.shared | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" drop column "shared";

-- step 3 | create policy public.notes.notes_read | hazards: ACCESS_WIDENED
create policy "notes_read"
on "public"."notes"
as permissive
for select
to "sdcase_app"
using ((owner_name = CURRENT_USER));
