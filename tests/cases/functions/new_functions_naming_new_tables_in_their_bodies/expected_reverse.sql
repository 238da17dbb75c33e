-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.Ledger Entries.Ledger Entries_account_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."Ledger Entries" drop constraint "Ledger Entries_account_id_fkey";

-- step 2 | drop constraint public.Ledger Entries.Ledger Entries_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."Ledger Entries" drop constraint "Ledger Entries_pkey";

-- step 3 | drop index public.Ledger Entries_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."Ledger Entries_pkey";

-- step 4 | drop table public.Ledger Entries | hazards: DATA_LOSS
drop table "public"."Ledger Entries";

-- step 5 | drop function public.Owner Of | hazards: -
drop function if exists "public"."Owner Of"(account integer);

-- step 6 | drop function public.balance | hazards: -
drop function if exists "public"."balance"(account integer);

-- step 7 | drop function public.is_overdrawn | hazards: -
drop function if exists "public"."is_overdrawn"(account integer);
