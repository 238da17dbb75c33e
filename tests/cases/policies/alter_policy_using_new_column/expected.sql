-- step 1 | create column public.notes.shared | hazards: -
alter table "public"."notes" add column "shared" boolean not null default false;

-- step 2 | alter policy public.notes.notes_read | hazards: SECURITY
alter policy "notes_read" on "public"."notes"
using (((owner_name = CURRENT_USER) OR shared));
