-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop type public.mood | hazards: DATA_LOSS
drop type "public"."mood";

-- step 2 | drop type public.positive | hazards: DATA_LOSS
drop domain public.positive;
