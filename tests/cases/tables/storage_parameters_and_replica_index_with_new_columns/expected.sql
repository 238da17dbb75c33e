-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.ledger.memo | hazards: -
alter table "public"."ledger" add column "memo" text;

-- step 2 | create column public.ledger.booked_on | hazards: -
alter table "public"."ledger" add column "booked_on" date not null default CURRENT_DATE;

-- step 3 | alter table public.ledger | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."ledger" set (fillfactor=80);

-- step 4 | alter table public.ledger | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."ledger" replica identity using index "ledger_id_key";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 5 | create index public.ledger_booked_on | hazards: -
CREATE INDEX CONCURRENTLY ledger_booked_on ON public.ledger USING btree (booked_on);
