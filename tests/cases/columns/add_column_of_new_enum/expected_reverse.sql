-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.accounts.tier | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" drop column "tier";

-- step 2 | drop type public.account_tier | hazards: DATA_LOSS
drop type "public"."account_tier";
