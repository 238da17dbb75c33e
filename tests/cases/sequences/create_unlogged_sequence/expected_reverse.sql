-- step 1 | drop sequence public.scratch_ids | hazards: DATA_LOSS
drop sequence if exists "public"."scratch_ids";
