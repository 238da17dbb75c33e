-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.items_named | hazards: -
drop function if exists "public"."items_named"(prefix text);
