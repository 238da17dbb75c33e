-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.accounts.zip | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" alter column "zip" drop default;

-- step 2 | alter column public.accounts.zip | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" alter column "zip" set data type text using "zip"::text;

-- step 3 | alter column public.accounts.zip | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" alter column "zip" set default '0'::text;
