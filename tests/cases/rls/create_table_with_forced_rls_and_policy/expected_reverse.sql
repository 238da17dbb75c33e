-- step 1 | drop policy public.notes.notes_owner | hazards: SECURITY
drop policy "notes_owner" on "public"."notes";

-- step 2 | drop constraint public.notes.notes_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" drop constraint "notes_pkey";

-- step 3 | drop index public.notes_pkey | hazards: -
drop index if exists "public"."notes_pkey";

-- step 4 | drop table public.notes | hazards: DATA_LOSS
drop table "public"."notes";
