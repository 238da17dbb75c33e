-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.plans.plans_enabled_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" add constraint "plans_enabled_check" CHECK (((enabled IS NOT FALSE) OR (floor_value <> '-1'::integer))) not valid;

-- step 2 | create constraint public.plans.plans_grace_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" add constraint "plans_grace_check" CHECK (((grace >= '1 day'::interval day) AND (grace <= '30 days'::interval day))) not valid;

-- step 3 | create constraint public.plans.plans_ratio_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" add constraint "plans_ratio_check" CHECK (((ratio >= '-1.5'::numeric) AND (ratio <= 99.99))) not valid;

-- step 4 | create constraint public.plans.plans_slot_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" add constraint "plans_slot_check" CHECK ((slot < '02:00:00'::interval hour)) not valid;

-- step 5 | create constraint public.plans.plans_weight_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."plans" add constraint "plans_weight_check" CHECK ((weight < ('1000000'::numeric)::double precision)) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 6 | alter constraint public.plans.plans_enabled_check | hazards: LONG_VALIDATION
alter table "public"."plans" validate constraint "plans_enabled_check";

-- segment 3 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 7 | alter constraint public.plans.plans_grace_check | hazards: LONG_VALIDATION
alter table "public"."plans" validate constraint "plans_grace_check";

-- segment 4 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 8 | alter constraint public.plans.plans_ratio_check | hazards: LONG_VALIDATION
alter table "public"."plans" validate constraint "plans_ratio_check";

-- segment 5 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 9 | alter constraint public.plans.plans_slot_check | hazards: LONG_VALIDATION
alter table "public"."plans" validate constraint "plans_slot_check";

-- segment 6 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 10 | alter constraint public.plans.plans_weight_check | hazards: LONG_VALIDATION
alter table "public"."plans" validate constraint "plans_weight_check";
