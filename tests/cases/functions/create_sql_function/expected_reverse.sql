-- step 1 | drop function public.add_tax | hazards: -
drop function if exists "public"."add_tax"(amount numeric, rate numeric);
