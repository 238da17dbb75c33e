-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.open_deals | hazards: -
drop view if exists "public"."open_deals";

-- step 2 | drop function public.deals_in | hazards: -
drop function if exists "public"."deals_in"(wanted deal_stage);

-- step 3 | drop function public.won_deals | hazards: -
drop function if exists "public"."won_deals"();

-- step 4 | alter column public.deals.stage | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "stage" drop default;

-- step 5 | rename type public.deal_stage | hazards: BACKWARD_INCOMPATIBLE
alter type "public"."deal_stage" rename to "deal_stage__old_version_to_be_dropped";

-- step 6 | create type public.deal_stage | hazards: -
create type "public"."deal_stage" as enum ('lead', 'qualified', 'won', 'lost');

-- step 7 | alter column public.deals.stage | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "stage" type "public"."deal_stage" using "stage"::text::"public"."deal_stage";

-- step 8 | alter column public.deals.stage | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "stage" set default 'lead'::deal_stage;

-- step 9 | drop type public.deal_stage__old_version_to_be_dropped | hazards: DATA_LOSS
drop type "public"."deal_stage__old_version_to_be_dropped";

-- step 10 | create view public.open_deals | hazards: -
create or replace view "public"."open_deals" as  SELECT deals.id,
    deals.stage
   FROM deals
  WHERE (deals.stage <> ALL (ARRAY['won'::deal_stage, 'lost'::deal_stage]));

-- step 11 | create function public.deals_in | hazards: -
CREATE OR REPLACE FUNCTION public.deals_in(wanted deal_stage)
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM deals
   WHERE (deals.stage = deals_in.wanted);
END;

-- step 12 | create function public.won_deals | hazards: -
CREATE OR REPLACE FUNCTION public.won_deals()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM deals
   WHERE (deals.stage = 'won'::deal_stage);
END;
