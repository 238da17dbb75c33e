-- step 1 | drop table public.click_events | hazards: DATA_LOSS
drop table "public"."click_events";
