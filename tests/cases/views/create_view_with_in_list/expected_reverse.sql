-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.public_probe_types | hazards: DATA_LOSS
drop view if exists "public"."public_probe_types";
