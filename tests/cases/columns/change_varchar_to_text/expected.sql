-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.contacts.notes | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."contacts" alter column "notes" set data type text using "notes"::text;
