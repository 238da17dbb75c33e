-- step 1 | drop table public.sessions | hazards: DATA_LOSS
drop table "public"."sessions";
