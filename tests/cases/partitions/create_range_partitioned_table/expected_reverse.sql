-- step 1 | drop table public.measurements | hazards: DATA_LOSS
drop table "public"."measurements";
