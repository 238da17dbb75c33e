-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.plans.plans_enabled_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" drop constraint "plans_enabled_check";

-- step 2 | drop constraint public.plans.plans_grace_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" drop constraint "plans_grace_check";

-- step 3 | drop constraint public.plans.plans_ratio_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" drop constraint "plans_ratio_check";

-- step 4 | drop constraint public.plans.plans_slot_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" drop constraint "plans_slot_check";

-- step 5 | drop constraint public.plans.plans_weight_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" drop constraint "plans_weight_check";
