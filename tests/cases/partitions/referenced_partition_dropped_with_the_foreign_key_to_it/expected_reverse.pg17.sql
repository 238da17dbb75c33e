-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.accounts_us | hazards: -
create table "public"."accounts_us" partition of "public"."accounts" FOR VALUES IN ('us');

-- step 2 | create constraint public.payments.payments_account_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."payments" add constraint "payments_account_fkey" FOREIGN KEY (region, account_id) REFERENCES accounts(region, id);
