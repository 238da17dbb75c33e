-- step 1 | drop function public.fib | hazards: -
drop function if exists "public"."fib"(n integer);
