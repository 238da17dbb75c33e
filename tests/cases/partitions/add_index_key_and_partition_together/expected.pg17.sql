-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.ledger_2026 | hazards: -
create table "public"."ledger_2026" partition of "public"."ledger" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 2 | create index public.ledger_2026_account_id_booked_on_idx | hazards: -
CREATE INDEX ledger_2026_account_id_booked_on_idx ON public.ledger_2026 USING btree (account_id, booked_on);

-- step 3 | create constraint public.ledger.ledger_account_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."ledger" add constraint "ledger_account_fkey" FOREIGN KEY (account_id) REFERENCES accounts(id);

-- step 4 | create constraint public.ledger.ledger_amount_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."ledger" add constraint "ledger_amount_check" CHECK ((amount <> (0)::numeric)) not valid;

-- step 5 | create constraint public.ledger.ledger_key | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."ledger" add constraint "ledger_key" UNIQUE (account_id, booked_on, amount);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 6 | create index public.ledger_2025_account_id_booked_on_idx | hazards: -
CREATE INDEX CONCURRENTLY ledger_2025_account_id_booked_on_idx ON public.ledger_2025 USING btree (account_id, booked_on);

-- segment 3 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 7 | create index public.ledger_account | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX ledger_account ON public.ledger USING btree (account_id, booked_on);

-- segment 4 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 8 | alter constraint public.ledger.ledger_amount_check | hazards: LONG_VALIDATION
alter table "public"."ledger" validate constraint "ledger_amount_check";
