-- step 1 | drop table public.measurements_2025 | hazards: DATA_LOSS
drop table "public"."measurements_2025";
