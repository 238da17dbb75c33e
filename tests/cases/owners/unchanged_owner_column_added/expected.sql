-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.notes.body | hazards: -
alter table "public"."notes" add column "body" text;
