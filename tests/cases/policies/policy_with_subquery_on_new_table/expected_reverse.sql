-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_shared | hazards: ACCESS_NARROWED
drop policy "notes_shared" on "public"."notes";

-- step 2 | drop constraint public.note_readers.note_readers_note_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."note_readers" drop constraint "note_readers_note_id_fkey";

-- step 3 | drop constraint public.note_readers.note_readers_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."note_readers" drop constraint "note_readers_pkey";

-- step 4 | drop index public.note_readers_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."note_readers_pkey";

-- step 5 | drop table public.note_readers | hazards: DATA_LOSS
drop table "public"."note_readers";
