-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.ledger.ledger_account_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."ledger" drop constraint "ledger_account_fkey";

-- step 2 | drop constraint public.ledger.ledger_amount_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."ledger" drop constraint "ledger_amount_check";

-- step 3 | drop constraint public.ledger.ledger_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."ledger" drop constraint "ledger_key";

-- step 4 | drop index public.ledger_account | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."ledger_account";

-- step 5 | drop index public.ledger_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."ledger_key";

-- step 6 | drop table public.ledger_2026 | hazards: DATA_LOSS
drop table "public"."ledger_2026";
