-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop column public.deals.amount_cents | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" drop column "amount_cents";

-- step 2 | drop column public.deals.amount_whole | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" drop column "amount_whole";

-- step 3 | alter column public.deals.amount | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "amount" set data type numeric(12,2) using "amount"::numeric(12,2);

-- step 4 | create column public.deals.amount_cents | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" add column "amount_cents" bigint generated always as (((amount * (100)::numeric))::bigint) stored;

-- step 5 | create column public.deals.amount_whole | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" add column "amount_whole" bigint not null generated always as ((floor(amount))::bigint) stored;

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 6 | create index public.deals_amount_cents | hazards: -
CREATE INDEX CONCURRENTLY deals_amount_cents ON public.deals USING btree (amount_cents);
