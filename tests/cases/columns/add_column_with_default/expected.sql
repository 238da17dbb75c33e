-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.accounts.credits | hazards: -
alter table "public"."accounts" add column "credits" integer default 100;
