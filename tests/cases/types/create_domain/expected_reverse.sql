-- step 1 | drop type public.email | hazards: DATA_LOSS
drop domain public.email;
