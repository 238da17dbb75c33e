-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop aggregate public.biggest(integer) | hazards: -
drop aggregate public.biggest(integer);

-- step 2 | drop aggregate public.running total(integer) | hazards: -
drop aggregate public."running total"(integer);
