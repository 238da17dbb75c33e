-- step 1 | drop policy public.notes.notes_read | hazards: SECURITY
drop policy "notes_read" on "public"."notes";

-- step 2 | drop column public.notes.shared | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" drop column "shared";

-- step 3 | create policy public.notes.notes_read | hazards: SECURITY
create policy "notes_read"
on "public"."notes"
as permissive
for select
to "sdcase_app"
using ((owner_name = CURRENT_USER));
