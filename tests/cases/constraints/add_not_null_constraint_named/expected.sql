-- step 1 | alter column public.notes.body | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" alter column "body" set not null;

-- step 2 | alter constraint public.notes.notes_body_required | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.notes rename constraint "notes_body_not_null" to "notes_body_required";
