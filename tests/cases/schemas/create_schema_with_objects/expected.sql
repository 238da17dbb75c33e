-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create schema billing | hazards: -
create schema if not exists "billing";

-- step 2 | create type billing.currency | hazards: -
create type "billing"."currency" as enum ('EUR', 'USD');

-- step 3 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 4 | create function billing.to_cents | hazards: -
CREATE OR REPLACE FUNCTION billing.to_cents(amount numeric)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ select (amount * 100)::bigint $function$;

-- step 5 | create table billing.prices | hazards: -
create table "billing"."prices" (
    "id" integer not null,
    "currency" billing.currency not null,
    "amount" numeric(12,2) not null
);

-- step 6 | create index billing.prices_currency_idx | hazards: -
CREATE INDEX prices_currency_idx ON billing.prices USING btree (currency);

-- step 7 | create index billing.prices_pkey | hazards: -
CREATE UNIQUE INDEX prices_pkey ON billing.prices USING btree (id);

-- step 8 | create constraint billing.prices.prices_pkey | hazards: -
alter table "billing"."prices" add constraint "prices_pkey" PRIMARY KEY using index "prices_pkey";

-- step 9 | create view billing.usd_prices | hazards: -
create or replace view "billing"."usd_prices" as  SELECT id,
    amount
   FROM billing.prices
  WHERE (currency = 'USD'::billing.currency);
