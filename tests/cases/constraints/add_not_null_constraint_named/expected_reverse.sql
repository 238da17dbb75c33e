-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.notes.body | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" alter column "body" drop not null;
