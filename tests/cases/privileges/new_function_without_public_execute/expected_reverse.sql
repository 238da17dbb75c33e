-- step 1 | drop function public.secret | hazards: -
drop function if exists "public"."secret"();
