-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop publication everything | hazards: -
drop publication everything;

-- step 2 | create publication everything | hazards: -
create publication everything for table public.t;
