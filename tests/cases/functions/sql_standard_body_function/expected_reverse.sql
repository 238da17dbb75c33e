-- step 1 | drop function public.double_it | hazards: -
drop function if exists "public"."double_it"(x integer);
