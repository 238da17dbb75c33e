-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop row public.plans[id=legacy] | hazards: DATA_LOSS
delete from "public"."plans" where "id" = 'legacy'::text;
