-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.deals.amount_cents | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" drop column "amount_cents";

-- step 2 | alter column public.deals.amount | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "amount" set data type numeric(10,2) using "amount"::numeric(10,2);

-- step 3 | add column public.deals.amount_cents | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" add column "amount_cents" bigint generated always as (((amount * (100)::numeric))::bigint) stored;
