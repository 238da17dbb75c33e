-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.plans.plans_weight_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" drop constraint "plans_weight_check";

-- step 2 | create constraint public.plans.plans_weight_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" add constraint "plans_weight_check" CHECK ((weight < ((1000000)::numeric)::double precision)) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 3 | alter constraint public.plans.plans_weight_check | hazards: LONG_VALIDATION
alter table "public"."plans" validate constraint "plans_weight_check";
