-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.prices.prices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."prices" drop constraint "prices_pkey";

-- step 2 | drop index public.prices_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."prices_pkey";

-- step 3 | drop table public.prices | hazards: DATA_LOSS
drop table "public"."prices";

-- step 4 | drop function public.format_amount | hazards: -
drop function if exists "public"."format_amount"(amount money_amount);

-- step 5 | drop type public.money_amount | hazards: DATA_LOSS
drop type public.money_amount;
