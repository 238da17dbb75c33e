-- step 1 | drop row public.plans[id=legacy] | hazards: DATA_LOSS
delete from "public"."plans" where "id" = 'legacy'::text;
