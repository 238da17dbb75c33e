-- step 1 | drop type public.address | hazards: DATA_LOSS
drop type public.address;
