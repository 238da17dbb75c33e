-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type public.account_tier | hazards: -
create type "public"."account_tier" as enum ('free', 'pro', 'enterprise');

-- step 2 | create column public.accounts.tier | hazards: -
alter table "public"."accounts" add column "tier" account_tier not null default 'free'::account_tier;
