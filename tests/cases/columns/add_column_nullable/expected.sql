-- step 1 | create column public.accounts.nickname | hazards: -
alter table "public"."accounts" add column "nickname" text;
