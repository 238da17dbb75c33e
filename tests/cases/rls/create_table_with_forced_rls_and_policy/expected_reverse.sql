-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_owner | hazards: ACCESS_NARROWED
drop policy "notes_owner" on "public"."notes";

-- step 2 | drop constraint public.notes.notes_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" drop constraint "notes_pkey";

-- step 3 | drop index public.notes_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."notes_pkey";

-- step 4 | drop table public.notes | hazards: DATA_LOSS
drop table "public"."notes";
