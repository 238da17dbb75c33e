-- step 1 | drop function public.write_log | hazards: -
drop procedure if exists "public"."write_log"(IN msg text);
