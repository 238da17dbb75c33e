-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop publication feed table public.b | hazards: -
alter publication feed drop table only public.b;

-- step 2 | create publication feed table public.c | hazards: -
alter publication feed add table public.c (id) where ((id > 10));
