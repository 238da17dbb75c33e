-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.double_it | hazards: -
drop function if exists "public"."double_it"(x integer);
