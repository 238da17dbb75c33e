-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.accounts_us | hazards: -
create table "public"."accounts_us" partition of "public"."accounts" FOR VALUES IN ('us');

-- step 2 | create table public.payments_us | hazards: -
create table "public"."payments_us" partition of "public"."payments" FOR VALUES IN ('us');
