-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop publication feed table public.misc | hazards: -
alter publication feed drop table only public.misc;

-- step 2 | drop publication feed tables in schema hr | hazards: -
alter publication feed drop tables in schema hr;

-- step 3 | create publication feed tables in schema sales | hazards: -
alter publication feed add tables in schema sales;
