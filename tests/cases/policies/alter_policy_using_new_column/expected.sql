-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.notes.shared | hazards: -
alter table "public"."notes" add column "shared" boolean not null default false;

-- step 2 | alter policy public.notes.notes_read | hazards: ACCESS_WIDENED
alter policy "notes_read" on "public"."notes"
using (((owner_name = CURRENT_USER) OR shared));
