-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.ledger.ledger_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."ledger" drop constraint "ledger_pkey";

-- step 2 | drop index public.ledger_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."ledger_pkey";

-- step 3 | drop table public.ledger | hazards: DATA_LOSS
drop table "public"."ledger";

-- step 4 | drop sequence public.ledger_id_seq | hazards: DATA_LOSS
drop sequence if exists "public"."ledger_id_seq";
