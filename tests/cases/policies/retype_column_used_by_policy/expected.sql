-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_read | hazards: ACCESS_NARROWED
drop policy "notes_read" on "public"."notes";

-- step 2 | alter column public.notes.owner_id | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" alter column "owner_id" set data type bigint using "owner_id"::bigint;

-- step 3 | create policy public.notes.notes_read | hazards: ACCESS_WIDENED
create policy "notes_read"
on "public"."notes"
as permissive
for select
to public
using ((owner_id > 0));
