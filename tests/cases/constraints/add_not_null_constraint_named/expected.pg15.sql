-- step 1 | alter column public.notes.body | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" alter column "body" set not null;
