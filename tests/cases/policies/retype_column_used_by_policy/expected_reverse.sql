-- step 1 | drop policy public.notes.notes_read | hazards: SECURITY
drop policy "notes_read" on "public"."notes";

-- step 2 | alter column public.notes.owner_id | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" alter column "owner_id" set data type integer using "owner_id"::integer;

-- step 3 | create policy public.notes.notes_read | hazards: SECURITY
create policy "notes_read"
on "public"."notes"
as permissive
for select
to public
using ((owner_id > 0));
