-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.plans.tier | hazards: -
alter table "public"."plans" add column "tier" integer;

-- step 2 | alter row public.plans[id=free] | hazards: -
update "public"."plans" set "tier" = '0'::integer where "id" = 'free'::text;

-- step 3 | alter row public.plans[id=team] | hazards: -
update "public"."plans" set "tier" = null::integer where "id" = 'team'::text;
