-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop sequence public.scratch_ids | hazards: DATA_LOSS
drop sequence if exists "public"."scratch_ids";
