-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop type public.email | hazards: DATA_LOSS
drop domain public.email;
