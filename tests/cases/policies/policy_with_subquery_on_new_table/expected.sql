-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.note_readers | hazards: -
create table "public"."note_readers" (
    "note_id" integer not null,
    "reader" text not null
);

-- step 2 | create index public.note_readers_pkey | hazards: -
CREATE UNIQUE INDEX note_readers_pkey ON public.note_readers USING btree (note_id, reader);

-- step 3 | create constraint public.note_readers.note_readers_pkey | hazards: -
alter table "public"."note_readers" add constraint "note_readers_pkey" PRIMARY KEY using index "note_readers_pkey";

-- step 4 | create constraint public.note_readers.note_readers_note_id_fkey | hazards: -
alter table "public"."note_readers" add constraint "note_readers_note_id_fkey" FOREIGN KEY (note_id) REFERENCES notes(id) not valid;

-- step 5 | alter constraint public.note_readers.note_readers_note_id_fkey | hazards: -
alter table "public"."note_readers" validate constraint "note_readers_note_id_fkey";

-- step 6 | create policy public.notes.notes_shared | hazards: ACCESS_WIDENED
create policy "notes_shared"
on "public"."notes"
as permissive
for select
to public
using ((EXISTS ( SELECT 1
   FROM note_readers r
  WHERE ((r.note_id = notes.id) AND (r.reader = CURRENT_USER)))));
