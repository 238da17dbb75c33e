-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.payments.payments_account_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."payments" drop constraint "payments_account_fkey";

-- step 2 | alter table public.accounts_us | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.accounts detach partition "public"."accounts_us";

-- step 3 | drop table public.accounts_us | hazards: DATA_LOSS
drop table "public"."accounts_us";
