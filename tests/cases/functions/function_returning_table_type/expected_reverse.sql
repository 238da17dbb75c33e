-- step 1 | drop function public.items_named | hazards: -
drop function if exists "public"."items_named"(prefix text);
