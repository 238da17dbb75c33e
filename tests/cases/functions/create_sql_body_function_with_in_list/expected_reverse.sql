-- step 1 | drop function public.is_public_kind | hazards: -
drop function if exists "public"."is_public_kind"(kind character varying);
