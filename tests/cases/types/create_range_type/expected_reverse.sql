-- step 1 | drop type public.floatrange | hazards: DATA_LOSS
drop type public.floatrange;
