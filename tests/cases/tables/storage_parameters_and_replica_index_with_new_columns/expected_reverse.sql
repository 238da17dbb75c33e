-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.ledger.booked_on | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."ledger" drop column "booked_on";

-- step 2 | drop column public.ledger.memo | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."ledger" drop column "memo";

-- step 3 | alter table public.ledger | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."ledger" reset (fillfactor);

-- step 4 | alter table public.ledger | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."ledger" replica identity default;

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 5 | drop index public.ledger_booked_on | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."ledger_booked_on";
