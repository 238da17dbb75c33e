-- step 1 | drop column public.accounts.is_eu | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" drop column "is_eu";
