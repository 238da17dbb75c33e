-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.write_log | hazards: -
drop procedure if exists "public"."write_log"(IN msg text);
