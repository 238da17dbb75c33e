-- step 1 | drop view public.public_staff | hazards: DATA_LOSS
drop view if exists "public"."public_staff";
