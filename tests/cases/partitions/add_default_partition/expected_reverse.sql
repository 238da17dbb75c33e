-- step 1 | drop table public.measurements_other | hazards: DATA_LOSS
drop table "public"."measurements_other";
