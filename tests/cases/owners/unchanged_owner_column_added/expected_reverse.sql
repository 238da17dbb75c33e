-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.note_ids | hazards: -
drop view if exists "public"."note_ids";

-- step 2 | drop column public.notes.body | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" drop column "body";

-- step 3 | create view public.note_ids | hazards: -
create or replace view "public"."note_ids" as  SELECT id
   FROM notes;

-- step 4 | alter owner view public.note_ids | hazards: ACCESS_WIDENED
alter view "public"."note_ids" owner to "sdcase_owner_a";
