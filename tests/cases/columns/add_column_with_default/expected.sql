-- step 1 | create column public.accounts.credits | hazards: -
alter table "public"."accounts" add column "credits" integer default 100;
