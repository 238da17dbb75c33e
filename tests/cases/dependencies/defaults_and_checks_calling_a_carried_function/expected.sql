-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.quotas.quotas_touch | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "quotas_touch" on "public"."quotas";

-- step 2 | drop constraint public.quotas.quotas_cap_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."quotas" drop constraint "quotas_cap_check";

-- step 3 | alter column public.quotas.cap | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."quotas" alter column "cap" drop default;

-- step 4 | drop function public.largest_deal | hazards: -
drop function if exists "public"."largest_deal"();

-- step 5 | drop view public.deal_amounts | hazards: -
drop view if exists "public"."deal_amounts";

-- step 6 | alter column public.deals.amount | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "amount" set data type numeric(14,2) using "amount"::numeric(14,2);

-- step 7 | create view public.deal_amounts | hazards: -
create or replace view "public"."deal_amounts" as  SELECT id,
    amount
   FROM deals;

-- step 8 | create function public.largest_deal | hazards: -
CREATE OR REPLACE FUNCTION public.largest_deal()
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT max(deal_amounts.amount) AS max
    FROM deal_amounts;
END;

-- step 9 | alter column public.quotas.cap | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."quotas" alter column "cap" set default largest_deal();

-- step 10 | create constraint public.quotas.quotas_cap_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."quotas" add constraint "quotas_cap_check" CHECK (((cap IS NULL) OR (cap >= (0)::numeric) OR (largest_deal() IS NULL))) not valid;

-- step 11 | create trigger public.quotas.quotas_touch | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER quotas_touch BEFORE UPDATE ON public.quotas FOR EACH ROW WHEN ((largest_deal() IS NOT NULL)) EXECUTE FUNCTION touch();

-- step 12 | create comment constraint quotas_cap_check on public.quotas | hazards: -
comment on constraint quotas_cap_check on public.quotas is 'a cap is never negative';

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 13 | alter constraint public.quotas.quotas_cap_check | hazards: LONG_VALIDATION
alter table "public"."quotas" validate constraint "quotas_cap_check";
