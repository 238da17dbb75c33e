-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.deals.amount | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "amount_cents" set expression as (null::bigint);

-- step 2 | alter column public.deals.amount | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "amount_whole" drop not null;

-- step 3 | alter column public.deals.amount | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "amount_whole" set expression as (null::bigint);

-- step 4 | alter column public.deals.amount | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "amount" set data type numeric(10,2) using "amount"::numeric(10,2);

-- step 5 | alter column public.deals.amount_cents | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "amount_cents" set expression as (((amount * (100)::numeric))::bigint);

-- step 6 | alter column public.deals.amount_whole | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "amount_whole" set expression as ((floor(amount))::bigint);

-- step 7 | create constraint public.deals.deals_amount_whole_not_null_135c10 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" add constraint "deals_amount_whole_not_null_135c10" check ("amount_whole" is not null) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 8 | alter constraint public.deals.deals_amount_whole_not_null_135c10 | hazards: LONG_VALIDATION
alter table "public"."deals" validate constraint "deals_amount_whole_not_null_135c10";

-- segment 3 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 9 | alter column public.deals.amount_whole | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "amount_whole" set not null;

-- step 10 | drop constraint public.deals.deals_amount_whole_not_null_135c10 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" drop constraint "deals_amount_whole_not_null_135c10";
