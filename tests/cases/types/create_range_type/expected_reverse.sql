-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop type public.floatrange | hazards: DATA_LOSS
drop type public.floatrange;
