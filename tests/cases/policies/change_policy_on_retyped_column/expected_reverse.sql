-- step 1 | drop policy public.notes.notes_read | hazards: SECURITY
drop policy "notes_read" on "public"."notes";

-- step 2 | alter column public.notes.owner_name | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" alter column "owner_name" set data type character varying(40) using "owner_name"::character varying(40);

-- step 3 | create policy public.notes.notes_read | hazards: SECURITY
create policy "notes_read"
on "public"."notes"
as permissive
for select
to "sdcase_app"
using (((owner_name)::text = CURRENT_USER));
