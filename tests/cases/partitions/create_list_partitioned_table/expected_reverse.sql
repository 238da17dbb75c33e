-- step 1 | drop table public.orders | hazards: DATA_LOSS
drop table "public"."orders";
