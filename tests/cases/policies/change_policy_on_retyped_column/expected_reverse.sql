-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_read | hazards: ACCESS_NARROWED
drop policy "notes_read" on "public"."notes";

-- step 2 | alter column public.notes.owner_name | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" alter column "owner_name" set data type character varying(40) using "owner_name"::character varying(40);

-- step 3 | create policy public.notes.notes_read | hazards: ACCESS_WIDENED
create policy "notes_read"
on "public"."notes"
as permissive
for select
to "sdcase_app"
using (((owner_name)::text = CURRENT_USER));
