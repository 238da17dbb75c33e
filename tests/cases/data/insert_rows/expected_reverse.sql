-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop row public.plans[id="it's"] | hazards: DATA_LOSS
delete from "public"."plans" where "id" = 'it''s'::text;

-- step 2 | drop row public.plans[id=team] | hazards: DATA_LOSS
delete from "public"."plans" where "id" = 'team'::text;
