-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.accounts.credits | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" alter column "credits" set default 0;
