-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.is_public_kind | hazards: -
drop function if exists "public"."is_public_kind"(kind character varying);
