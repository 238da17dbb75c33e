-- step 1 | drop view public.engineering | hazards: DATA_LOSS
drop view if exists "public"."engineering";
