-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop row public.zones[code=us-1] | hazards: DATA_LOSS
delete from "public"."zones" where "code" = 'us-1'::text;

-- step 2 | drop row public.regions[code=us] | hazards: DATA_LOSS
delete from "public"."regions" where "code" = 'us'::text;
