-- step 1 | drop function public.greet | hazards: -
drop function if exists "public"."greet"(who text, times integer);
