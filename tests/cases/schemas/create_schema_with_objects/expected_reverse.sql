-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view billing.usd_prices | hazards: DATA_LOSS
drop view if exists "billing"."usd_prices";

-- step 2 | drop constraint billing.prices.prices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "billing"."prices" drop constraint "prices_pkey";

-- step 3 | drop index billing.prices_currency_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "billing"."prices_currency_idx";

-- step 4 | drop index billing.prices_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "billing"."prices_pkey";

-- step 5 | drop table billing.prices | hazards: DATA_LOSS
drop table "billing"."prices";

-- step 6 | drop function billing.to_cents | hazards: -
drop function if exists "billing"."to_cents"(amount numeric);

-- step 7 | drop type billing.currency | hazards: DATA_LOSS
drop type "billing"."currency";

-- step 8 | drop schema billing | hazards: DATA_LOSS
drop schema if exists "billing";
