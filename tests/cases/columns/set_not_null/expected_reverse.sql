-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.accounts.nickname | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" alter column "nickname" drop not null;
