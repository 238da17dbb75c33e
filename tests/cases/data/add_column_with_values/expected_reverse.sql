-- step 1 | drop column public.plans.tier | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" drop column "tier";
