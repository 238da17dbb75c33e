-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.fib | hazards: -
drop function if exists "public"."fib"(n integer);
