-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop type public.address | hazards: DATA_LOSS
drop type public.address;
