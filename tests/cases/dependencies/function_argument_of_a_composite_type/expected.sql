-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type public.money_amount | hazards: -
create type public.money_amount as ("currency" character(3), "cents" bigint);

-- step 2 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 3 | create function public.format_amount | hazards: -
CREATE OR REPLACE FUNCTION public.format_amount(amount money_amount)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select amount.currency || ' ' || (amount.cents / 100.0)::text $function$;

-- step 4 | create table public.prices | hazards: -
create table "public"."prices" (
    "id" integer not null,
    "amount" money_amount,
    "label" text generated always as (format_amount(amount)) stored
);

-- step 5 | create index public.prices_pkey | hazards: -
CREATE UNIQUE INDEX prices_pkey ON public.prices USING btree (id);

-- step 6 | create constraint public.prices.prices_pkey | hazards: -
alter table "public"."prices" add constraint "prices_pkey" PRIMARY KEY using index "prices_pkey";
