-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.events.legacy | hazards: -
alter table "public"."events" add column "legacy" text;

-- step 2 | alter column public.events.id | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "id" set data type integer using "id"::integer;
